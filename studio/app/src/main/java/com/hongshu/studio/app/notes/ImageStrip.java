package com.hongshu.studio.app.notes;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Icons;
import com.hongshu.studio.core.notes.CropRatio;
import java.io.File;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The note's images as tiles: add (chooser, drop, paste), drag to reorder, cover, crop, remove. */
final class ImageStrip {

    static final double TILE_W = 96;
    static final double TILE_H = 128;
    private static final String DRAG_PREFIX = "hongshu-note-image:";

    private final NoteImagesModel model;
    private final I18n i18n;
    private final HBox tiles = new HBox(8);

    ImageStrip(NoteImagesModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    Node build() {
        tiles.setId("notes-image-strip");
        tiles.setAlignment(Pos.CENTER_LEFT);
        model.entries().addListener((ListChangeListener<ImageEntry>) c -> render());
        render();

        Button add = new Button(null, Icons.of(Material2OutlinedAL.ADD_PHOTO_ALTERNATE, 28));
        add.setId("notes-add-images");
        add.getStyleClass().add("notes-add-tile");
        add.setPrefSize(TILE_W, TILE_H);
        add.setOnAction(e -> choose(add));
        add.setTooltip(new javafx.scene.control.Tooltip(i18n.get("notes.media.add")));

        ScrollPane scroll = new ScrollPane(new HBox(8, tiles, add));
        scroll.setFitToHeight(true);
        scroll.setPrefViewportHeight(TILE_H + 12);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("notes-strip-scroll");
        Label hint = new Label(i18n.get("notes.media.dropHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("notes-muted");
        VBox box = new VBox(4, scroll, hint);
        box.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        box.setOnDragDropped(e -> {
            Dragboard db = e.getDragboard();
            if (db.hasFiles()) {
                model.addFiles(db.getFiles().stream().map(File::toPath).toList());
                e.setDropCompleted(true);
            }
            e.consume();
        });
        return box;
    }

    private void choose(Node owner) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("notes.media.filter"),
                "*.jpg", "*.jpeg", "*.png", "*.webp", "*.heic", "*.heif", "*.mp4", "*.mov",
                "*.JPG", "*.JPEG", "*.PNG", "*.WEBP", "*.HEIC", "*.MP4", "*.MOV"));
        List<File> files = chooser.showOpenMultipleDialog(owner.getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            model.addFiles(files.stream().map(File::toPath).toList());
        }
    }

    private void render() {
        tiles.getChildren().clear();
        List<ImageEntry> entries = List.copyOf(model.entries());
        for (int i = 0; i < entries.size(); i++) {
            tiles.getChildren().add(tile(entries.get(i), i, entries.size()));
        }
    }

    private Node tile(ImageEntry entry, int index, int count) {
        ImageView view = new ImageView();
        if (entry.thumb() != null) {
            view.setImage(new Image(entry.thumb().toUri().toString(), TILE_W * 2, TILE_H * 2, true, true, true));
        }
        view.setFitWidth(TILE_W);
        view.setFitHeight(TILE_H);
        view.setPreserveRatio(true);
        StackPane tile = new StackPane(view);
        tile.setId("notes-image-" + index);
        tile.getStyleClass().add("notes-tile");
        tile.setPrefSize(TILE_W, TILE_H);
        tile.setUserData(entry.item().id());
        if (index == 0) {
            Label cover = new Label(i18n.get("notes.media.cover"));
            cover.getStyleClass().add("notes-cover-badge");
            StackPane.setAlignment(cover, Pos.TOP_LEFT);
            tile.getChildren().add(cover);
        }
        if (entry.image().crop() != null) {
            Label crop = new Label(i18n.get("notes.media.crop." + entry.image().crop().ratio().name()));
            crop.getStyleClass().add("notes-crop-badge");
            StackPane.setAlignment(crop, Pos.TOP_RIGHT);
            tile.getChildren().add(crop);
        }
        Button left = smallButton(Material2OutlinedAL.CHEVRON_LEFT, "notes-image-left-" + index);
        left.setDisable(index == 0);
        left.setOnAction(e -> model.move(index, index - 1));
        Button right = smallButton(Material2OutlinedAL.CHEVRON_RIGHT, "notes-image-right-" + index);
        right.setDisable(index == count - 1);
        right.setOnAction(e -> model.move(index, index + 1));
        Button cover = smallButton(Material2OutlinedMZ.STAR_OUTLINE, "notes-image-cover-" + index);
        cover.setOnAction(e -> model.makeCover(index));
        cover.setDisable(index == 0);
        HBox buttons = new HBox(0, left, cover, right);
        buttons.setAlignment(Pos.CENTER);
        buttons.getStyleClass().add("notes-tile-buttons");
        StackPane.setAlignment(buttons, Pos.BOTTOM_CENTER);
        buttons.setMaxHeight(24);
        tile.getChildren().add(buttons);
        tile.setOnContextMenuRequested(e -> menu(index).show(tile, e.getScreenX(), e.getScreenY()));

        tile.setOnDragDetected(e -> {
            Dragboard db = tile.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(DRAG_PREFIX + index);
            db.setContent(content);
            db.setDragView(view.snapshot(null, null));
            e.consume();
        });
        tile.setOnDragOver(e -> {
            if (e.getDragboard().hasString() && e.getDragboard().getString().startsWith(DRAG_PREFIX)) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        tile.setOnDragDropped(e -> {
            String s = e.getDragboard().getString();
            if (s != null && s.startsWith(DRAG_PREFIX)) {
                model.move(Integer.parseInt(s.substring(DRAG_PREFIX.length())), index);
                e.setDropCompleted(true);
                e.consume();
            }
        });
        return tile;
    }

    private ContextMenu menu(int index) {
        MenuItem cover = new MenuItem(i18n.get("notes.media.makeCover"));
        cover.setOnAction(e -> model.makeCover(index));
        Menu crop = new Menu(i18n.get("notes.media.crop"));
        for (CropRatio ratio : CropRatio.values()) {
            MenuItem item = new MenuItem(i18n.get("notes.media.crop." + ratio.name()));
            item.setOnAction(e -> model.crop(index, ratio));
            crop.getItems().add(item);
        }
        MenuItem none = new MenuItem(i18n.get("notes.media.cropNone"));
        none.setOnAction(e -> model.crop(index, null));
        crop.getItems().add(none);
        MenuItem remove = new MenuItem(i18n.get("notes.media.remove"));
        remove.setOnAction(e -> model.remove(index));
        return new ContextMenu(cover, crop, remove);
    }

    private static Button smallButton(org.kordamp.ikonli.Ikon icon, String id) {
        Button b = new Button(null, Icons.of(icon, 14));
        b.setId(id);
        b.getStyleClass().addAll("flat", "notes-tile-button");
        b.setFocusTraversable(false);
        return b;
    }
}
