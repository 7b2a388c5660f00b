package com.hongshu.studio.core.notes;

/** The aspect ratios the platform recommends for note images (width : height). */
public enum CropRatio {
    PORTRAIT_3_4(3, 4), SQUARE_1_1(1, 1), LANDSCAPE_4_3(4, 3);

    private final int width;
    private final int height;

    CropRatio(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public double value() {
        return (double) width / height;
    }

    /** The largest centred rectangle of this ratio inside an image of the given size, in fractions of it. */
    public CropRect centredIn(int imageWidth, int imageHeight) {
        double imageRatio = (double) imageWidth / imageHeight;
        if (imageRatio > value()) {
            double w = value() / imageRatio;
            return new CropRect(this, (1 - w) / 2, 0, w, 1);
        }
        double h = imageRatio / value();
        return new CropRect(this, 0, (1 - h) / 2, 1, h);
    }
}
