package com.hongshu.studio.core.notes;

/**
 * A non-destructive crop: the part of the original image that is shown, as fractions of its width and height
 * (so it stays right whatever size the image is displayed at). The pixels themselves are never changed.
 */
public record CropRect(CropRatio ratio, double x, double y, double width, double height) {
    public CropRect {
        if (x < 0 || y < 0 || width <= 0 || height <= 0 || x + width > 1.0001 || y + height > 1.0001) {
            throw new IllegalArgumentException("crop outside the image: " + x + "," + y + " " + width + "x" + height);
        }
    }
}
