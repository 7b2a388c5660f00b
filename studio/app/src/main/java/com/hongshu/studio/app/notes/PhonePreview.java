package com.hongshu.studio.app.notes;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.core.notes.CropRatio;
import com.hongshu.studio.core.notes.CropRect;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The note as it will look on a phone: as a card in the feed (cover crop, title) and as the note page. */
final class PhonePreview {

    static final double PHONE_W = 260;
    private static final Pattern MARKS = Pattern.compile("#[^#\\s]+#?|@[^\\s@#]+");

    private final ComposerViewModel vm;
    private final I18n i18n;
    private final VBox content = new VBox(12);
    private boolean renderQueued;
    /** Decoded display copies, so typing does not reload pictures from disk. */
    private final java.util.Map<String, Image> images = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Image> eldest) {
            return size() > 24;
        }
    };

    PhonePreview(ComposerViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    Node build() {
        // Opening a note changes a dozen properties at once: draw the phone once, after them all.
        InvalidationListener refresh = o -> {
            if (!renderQueued) {
                renderQueued = true;
                javafx.application.Platform.runLater(() -> {
                    renderQueued = false;
                    render();
                });
            }
        };
        vm.titleProperty().addListener(refresh);
        vm.bodyProperty().addListener(refresh);
        vm.topics().addListener(refresh);
        vm.mentions().addListener(refresh);
        vm.images().entries().addListener(refresh);
        vm.openProperty().addListener(refresh);
        render();
        Label heading = new Label(i18n.get("notes.preview.title"));
        heading.getStyleClass().add("title-4");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox box = new VBox(8, heading, scroll);
        box.setId("notes-preview");
        box.getStyleClass().add("notes-preview");
        // Room for the phone, the padding and a vertical scroll bar.
        box.setPrefWidth(PHONE_W + 60);
        box.setMinWidth(PHONE_W + 50);
        return box;
    }

    private void render() {
        content.getChildren().clear();
        if (!vm.openProperty().get()) {
            return;
        }
        List<ImageEntry> images = List.copyOf(vm.images().entries());
        ImageEntry cover = images.isEmpty() ? null : images.get(0);

        Label feedLabel = new Label(i18n.get("notes.preview.feed"));
        feedLabel.getStyleClass().add("notes-muted");
        double cardW = PHONE_W / 2 - 6;
        Node feedImage = picture(cover, cardW, cardW * 4 / 3, CropRatio.PORTRAIT_3_4);
        Label feedTitle = new Label(vm.titleProperty().get());
        feedTitle.setId("notes-preview-feed-title");
        feedTitle.setWrapText(true);
        feedTitle.setMaxWidth(cardW);
        feedTitle.setMaxHeight(40);
        feedTitle.getStyleClass().add("notes-preview-feed-title");
        VBox card = new VBox(4, feedImage, feedTitle);
        card.getStyleClass().add("notes-preview-card");
        card.setMaxWidth(cardW + 8);

        Label pageLabel = new Label(i18n.get("notes.preview.page"));
        pageLabel.getStyleClass().add("notes-muted");
        Node pageImage = picture(cover, PHONE_W, PHONE_W * 4 / 3, null);
        Label pageTitle = new Label(vm.titleProperty().get());
        pageTitle.setWrapText(true);
        pageTitle.getStyleClass().add("notes-preview-page-title");
        TextFlow body = highlighted(vm.bodyProperty().get(), vm.topics(), vm.mentions());
        body.setId("notes-preview-body");
        body.setMaxWidth(PHONE_W - 16);
        Label count = new Label(images.isEmpty() ? "" : "1/" + images.size());
        count.getStyleClass().add("notes-muted");
        VBox page = new VBox(8, pageImage, count, pageTitle, body);
        page.getStyleClass().add("notes-preview-phone");
        page.setPadding(new Insets(8));
        page.setMaxWidth(PHONE_W + 16);

        content.getChildren().addAll(feedLabel, card, pageLabel, page);
    }

    /** The image as the phone shows it: the stored crop if any, else centred to {@code ratio} (or whole). */
    private Node picture(ImageEntry entry, double w, double h, CropRatio ratio) {
        StackPane frame = new StackPane();
        frame.getStyleClass().add("notes-preview-image");
        frame.setPrefSize(w, h);
        frame.setMaxSize(w, h);
        if (entry == null || entry.display() == null) {
            frame.getChildren().add(new Label(i18n.get("notes.preview.noImage")));
            return frame;
        }
        ImageView view = new ImageView();
        view.setFitWidth(w);
        view.setFitHeight(h);
        view.setPreserveRatio(true);
        Image image = images.computeIfAbsent(entry.display().toUri().toString(),
                uri -> new Image(uri, 0, 0, true, true, true));
        Runnable crop = () -> {
            double iw = image.getWidth();
            double ih = image.getHeight();
            if (iw <= 0 || ih <= 0) {
                return;
            }
            CropRect rect = entry.image().crop() != null ? entry.image().crop()
                    : ratio == null ? null : ratio.centredIn((int) iw, (int) ih);
            if (rect != null) {
                view.setViewport(new Rectangle2D(rect.x() * iw, rect.y() * ih, rect.width() * iw, rect.height() * ih));
            }
        };
        image.progressProperty().addListener((o, a, p) -> {
            if (p.doubleValue() >= 1) {
                crop.run();
            }
        });
        if (image.getProgress() >= 1) {
            crop.run();
        }
        view.setImage(image);
        frame.getChildren().add(view);
        return frame;
    }

    /** The body with #topics# and @mentions in the accent colour, then the topic list as the app appends it. */
    static TextFlow highlighted(String body, List<String> topics, List<String> mentions) {
        TextFlow flow = new TextFlow();
        Matcher m = MARKS.matcher(body);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                flow.getChildren().add(plain(body.substring(last, m.start())));
            }
            flow.getChildren().add(mark(m.group()));
            last = m.end();
        }
        if (last < body.length()) {
            flow.getChildren().add(plain(body.substring(last)));
        }
        if (!topics.isEmpty()) {
            flow.getChildren().add(plain("\n"));
            for (String t : topics) {
                flow.getChildren().add(mark("#" + t + " "));
            }
        }
        return flow;
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("notes-preview-text");
        return t;
    }

    private static Text mark(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("notes-preview-mark");
        return t;
    }
}
