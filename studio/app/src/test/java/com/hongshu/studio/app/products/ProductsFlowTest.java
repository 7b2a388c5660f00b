package com.hongshu.studio.app.products;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.hongshu.studio.app.common.FxTaskRunner;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.RecordingNotifier;
import com.hongshu.studio.core.products.MovementKind;
import com.hongshu.studio.core.products.Sku;
import com.hongshu.studio.core.products.SkuRow;
import com.hongshu.studio.core.products.StockMovement;
import com.hongshu.studio.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The products screen driven like a seller would, headless. */
@ExtendWith(ApplicationExtension.class)
class ProductsFlowTest {

    private Workspace ws;
    private FxTaskRunner tasks;
    private ProductsModule module;
    private final RecordingNotifier notifier = new RecordingNotifier();

    @Start
    void start(Stage stage) throws IOException {
        Path dir = Files.createTempDirectory("products-flow");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        tasks = new FxTaskRunner(2);
        ws = Workspace.open(dir.resolve("ws"), Clock.systemDefaultZone());
        module = new ProductsModule(ws, Clock.systemDefaultZone(), new I18n(Locale.ENGLISH, List.of("products")),
                tasks, notifier);
        stage.setScene(new Scene((Parent) module.view(), 1400, 900));
        stage.show();
        module.refresh();
    }

    @AfterEach
    void tearDown() {
        tasks.close();
        ws.close();
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(FxRobot robot, String id, String text) {
        robot.clickOn(id).write(text);
    }

    @Test
    @SuppressWarnings("unchecked")
    void createAProductWithTwoByThreeVariantsThenRestockOneAndSeeTheLedger(FxRobot robot) throws Exception {
        robot.clickOn("#products-new");
        type(robot, "#products-editor-name", "Cotton T-shirt");
        type(robot, "#products-editor-short-title", "Cotton tee");
        type(robot, "#products-editor-values1", "White, Black");
        type(robot, "#products-editor-values2", "S, M, L");
        type(robot, "#products-editor-default-price", "79");
        type(robot, "#products-editor-default-original", "129.00");
        type(robot, "#products-editor-prefix", "TX");
        robot.clickOn("#products-editor-generate");
        TableView<Sku> grid = robot.lookup("#products-editor-skus").queryAs(TableView.class);
        assertThat(grid.getItems()).extracting(Sku::variantLabel)
                .containsExactly("White / S", "White / M", "White / L", "Black / S", "Black / M", "Black / L");
        assertThat(robot.lookup("#products-editor-violations").queryAs(javafx.scene.layout.VBox.class)
                .getChildren()).isEmpty();
        robot.clickOn("#products-editor-save");
        waitUntil(() -> module.viewModel().totalProperty().get() == 6);
        robot.type(javafx.scene.input.KeyCode.ESCAPE); // the editor's Close
        waitUntil(() -> javafx.stage.Window.getWindows().size() == 1);

        TableView<SkuRow> table = robot.lookup("#products-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(SkuRow::erpCode).contains("TX-1", "TX-6");
        robot.clickOn("TX-5");
        robot.clickOn("#products-stock");
        type(robot, "#products-stock-quantity", "12");
        type(robot, "#products-stock-note", "first delivery");
        robot.clickOn("#products-stock-record");
        TableView<StockMovement> ledger = robot.lookup("#products-ledger").queryAs(TableView.class);
        waitUntil(() -> ledger.getItems().size() == 1);
        StockMovement row = ledger.getItems().get(0);
        assertThat(row.kind()).isEqualTo(MovementKind.RESTOCK);
        assertThat(row.quantity()).isEqualTo(12);
        assertThat(row.balanceAfter()).isEqualTo(12);
        assertThat(row.note()).isEqualTo("first delivery");
        assertThat(robot.lookup("#products-ledger").lookup("first delivery").tryQuery()).isPresent();
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.erpCode().equals("TX-5") && r.stock() == 12));
        assertThat(robot.lookup("#products-stock-quantity").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBadCsvShowsItsRowErrorsAndCannotBeImportedThenAGoodOneIs(FxRobot robot) throws Exception {
        Path bad = Files.createTempFile("bad", ".csv");
        Files.writeString(bad, "product,erp_code,price,original_price,stock\n"
                + "Scarf,W-1,12.345,20,1\nScarf,W-1,12,20,1\nScarf,W-2,12,20,lots\n");
        javafx.scene.Node owner = robot.lookup("#products-import").query();
        robot.interact(() -> {
            module.csv().read(bad);
            new CsvPreviewDialog(module.csv(), new I18n(Locale.ENGLISH, List.of("products"))).show(owner);
        });
        javafx.scene.control.ListView<String> errors = robot.lookup("#products-csv-errors").queryAs(
                javafx.scene.control.ListView.class);
        waitUntil(() -> errors.getItems().size() == 3);
        assertThat(errors.getItems()).containsExactly(
                "Row 2: the price \"12.345\" is not an amount like 12.50.",
                "Row 3: the ERP code W-1 is already used in row 2.",
                "Row 4: the stock \"lots\" is not a whole number of 0 or more.");
        assertThat(robot.lookup("#products-csv-import").queryButton().isDisabled()).isTrue();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> javafx.stage.Window.getWindows().size() == 1);
        assertThat(module.repository().anyProduct()).isFalse();

        Path good = Files.createTempFile("good", ".csv");
        Files.writeString(good, "product,erp_code,price,original_price,stock\nScarf,W-1,12,20,1\nScarf,W-2,12,20,3\n");
        robot.interact(() -> {
            module.csv().read(good);
            new CsvPreviewDialog(module.csv(), new I18n(Locale.ENGLISH, List.of("products"))).show(owner);
        });
        waitUntil(() -> !robot.lookup("#products-csv-import").queryButton().isDisabled());
        assertThat(robot.lookup("#products-csv-summary").queryLabeled().getText())
                .contains("add 1 products and 2 SKUs");
        robot.clickOn("#products-csv-import");
        waitUntil(() -> module.viewModel().totalProperty().get() == 2);
        assertThat(module.viewModel().rows()).extracting(SkuRow::stock).containsExactlyInAnyOrder(1L, 3L);
    }
}
