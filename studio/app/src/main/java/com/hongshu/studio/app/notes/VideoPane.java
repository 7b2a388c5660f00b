package com.hongshu.studio.app.notes;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Icons;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The video of a video note, played with javafx-media, and the choice of its cover frame. Where the codecs are
 * missing (no libavcodec on Linux) it shows a poster and a message instead of failing.
 */
final class VideoPane {

    private final NoteImagesModel model;
    private final I18n i18n;
    private final VBox box = new VBox(6);
    private MediaPlayer player;

    VideoPane(NoteImagesModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    Node build() {
        box.setId("notes-video");
        model.videoProperty().addListener((o, a, now) -> render());
        render();
        box.sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) {
                dispose();
            }
        });
        return box;
    }

    private void render() {
        dispose();
        box.getChildren().clear();
        NoteImagesModel.VideoEntry video = model.videoProperty().get();
        box.setVisible(video != null);
        box.setManaged(video != null);
        if (video == null) {
            return;
        }
        StackPane stage = new StackPane();
        stage.getStyleClass().add("notes-video-stage");
        stage.setPrefSize(320, 180);
        Slider cover = new Slider(0, 1, 0);
        cover.setDisable(true);
        try {
            player = new MediaPlayer(new Media(video.file().toUri().toString()));
            MediaView view = new MediaView(player);
            view.setFitWidth(320);
            view.setFitHeight(180);
            view.setPreserveRatio(true);
            stage.getChildren().add(view);
            player.setOnError(() -> showPoster(stage));
            player.setOnReady(() -> {
                cover.setMax(Math.max(0.1, player.getTotalDuration().toSeconds()));
                cover.setDisable(false);
            });
            cover.valueProperty().addListener((o, a, now) -> {
                player.seek(Duration.seconds(now.doubleValue()));
                model.setVideoCoverMillis(Math.round(now.doubleValue() * 1000));
            });
        } catch (MediaException | UnsupportedOperationException e) {
            showPoster(stage);
        }
        Button remove = new Button(i18n.get("notes.media.removeVideo"));
        remove.getStyleClass().add("flat");
        remove.setOnAction(e -> model.removeVideo());
        HBox coverRow = new HBox(8, new Label(i18n.get("notes.media.videoCover")), cover, remove);
        coverRow.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(stage, coverRow);
    }

    private void showPoster(StackPane stage) {
        Label poster = new Label(i18n.get("notes.media.noCodec"), Icons.of(Material2OutlinedMZ.MOVIE, 40));
        poster.setWrapText(true);
        poster.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        poster.getStyleClass().add("notes-muted");
        stage.getChildren().setAll(poster);
    }

    private void dispose() {
        if (player != null) {
            player.dispose();
            player = null;
        }
    }
}
