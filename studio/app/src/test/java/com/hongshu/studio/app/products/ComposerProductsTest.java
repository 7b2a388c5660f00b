package com.hongshu.studio.app.products;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.InThreadTaskRunner;
import com.hongshu.studio.app.common.RecordingNotifier;
import com.hongshu.studio.app.notes.ComposerViewModel;
import com.hongshu.studio.app.notes.Debouncer;
import com.hongshu.studio.app.notes.NoteImagesModel;
import com.hongshu.studio.app.notes.media.ImageIoDecoder;
import com.hongshu.studio.app.notes.media.MediaImporter;
import com.hongshu.studio.app.notes.media.Renditions;
import com.hongshu.studio.core.notes.Violation;
import com.hongshu.studio.core.products.LinkedProducts;
import com.hongshu.studio.core.products.MovementKind;
import com.hongshu.studio.core.products.Product;
import com.hongshu.studio.core.products.ProductStatus;
import com.hongshu.studio.core.products.Sku;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.WorkspaceMediaLibrary;
import com.hongshu.studio.store.notes.SqliteNoteRepository;
import com.hongshu.studio.store.products.SqliteProductRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notes composer with the products port: picking products, their names, and the out-of-stock warning. */
class ComposerProductsTest {

    @TempDir
    Path dir;

    private Workspace ws;

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aLinkedSoldOutSkuShowsAWarningThatGoesAwayAfterARestock() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
        ws = Workspace.open(dir.resolve("ws"), clock);
        SqliteProductRepository products = new SqliteProductRepository(ws.database(), clock);
        Product scarf = products.save(new Product(0, "羊毛围巾", "", "", "", List.of(), ProductStatus.ON_SHELF,
                List.of("颜色"), List.of(new Sku(0, List.of("红色"), "W-1", "", 100, 200, 0, 0)), null, null));
        InThreadTaskRunner tasks = new InThreadTaskRunner();
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE, List.of("notes", "products"));
        WorkspaceMediaLibrary library = new WorkspaceMediaLibrary(ws.database(), ws.mediaDir(), clock);
        Renditions renditions = new Renditions(ws.cacheDir(), library, new ImageIoDecoder());
        ComposerViewModel composer = new ComposerViewModel(new SqliteNoteRepository(ws.database(), clock),
                new NoteImagesModel.Services(new MediaImporter(library, renditions), library, renditions), tasks,
                new RecordingNotifier(), i18n, clock, new Debouncer.Manual(), new LinkedProducts(products, clock));
        composer.newNote();

        java.util.List<com.hongshu.studio.core.notes.ProductLinks.LinkedProduct> found = new java.util.ArrayList<>();
        composer.searchProducts("围巾", found::addAll);
        assertThat(found).extracting(p -> p.id()).containsExactly(scarf.id());
        composer.setLinkedProducts(List.of(scarf.id()));
        assertThat(composer.linkedProducts()).extracting(p -> p.name()).containsExactly("羊毛围巾");
        assertThat(composer.stockWarnings()).singleElement().satisfies(w -> {
            assertThat(w.soldOutNow()).isTrue();
            assertThat(i18n.format("notes.products.soldOut", w.product(), w.sku(), w.stockNow()))
                    .isEqualTo("羊毛围巾（红色）已售罄。");
        });
        assertThat(composer.violations()).extracting(Violation::rule)
                .doesNotContain(Violation.Rule.PRODUCTS_NOT_ALLOWED);

        products.move(scarf.skus().get(0).id(), MovementKind.RESTOCK, 5, "");
        composer.refreshProducts();
        assertThat(composer.stockWarnings()).isEmpty();
    }
}
