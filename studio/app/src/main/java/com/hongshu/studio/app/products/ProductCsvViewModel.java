package com.hongshu.studio.app.products;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.TaskRunner;
import com.hongshu.studio.core.products.ImportSummary;
import com.hongshu.studio.core.products.ProductCsv;
import com.hongshu.studio.core.sync.SyncAccount;
import com.hongshu.studio.store.products.ProductCsvStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * CSV import and export. Reading a file gives a preview (what would be added, changed, left alone) and every row
 * error, with nothing written; only a file without errors can be imported, in one transaction.
 */
public final class ProductCsvViewModel {

    /** A file read and checked: what importing it would do. */
    public record Preview(Path file, ProductCsv.Parsed parsed, ImportSummary summary) {
    }

    private final ProductCsvStore store;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final I18n i18n;
    private final ObjectProperty<Preview> preview = new SimpleObjectProperty<>();
    private final ObservableList<String> errors = FXCollections.observableArrayList();
    private final BooleanProperty canImport = new SimpleBooleanProperty(false);
    private final ObservableList<SyncAccount> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<SyncAccount> account = new SimpleObjectProperty<>();
    private Runnable onImported = () -> { };
    private ImportAccounts importAccounts = ImportAccounts.NONE;

    /** The accounts a file's new products can belong to, and how an import runs under one of them. */
    public interface ImportAccounts {
        ImportAccounts NONE = new ImportAccounts() {
            @Override
            public List<SyncAccount> all() {
                return List.of();
            }

            @Override
            public <T> T newProductsUnder(long accountId, Supplier<T> work) {
                return work.get();
            }
        };

        List<SyncAccount> all();

        <T> T newProductsUnder(long accountId, Supplier<T> work);
    }

    public ProductCsvViewModel(ProductCsvStore store, TaskRunner tasks, Notifier notifier, I18n i18n) {
        this.store = store;
        this.tasks = tasks;
        this.notifier = notifier;
        this.i18n = i18n;
    }

    void useAccounts(ImportAccounts accounts) {
        this.importAccounts = accounts;
    }

    void setOnImported(Runnable r) {
        onImported = r;
    }

    /** Reads and checks {@code file} off the FX thread; the preview (or the errors) shows when done. */
    public void read(Path file) {
        preview.set(null);
        errors.clear();
        canImport.set(false);
        ImportAccounts source = importAccounts;
        tasks.submit(i18n.get("products.csv.reading"), p -> {
            ProductCsv.Parsed parsed = ProductCsv.parse(Files.readAllBytes(file));
            ImportSummary summary = parsed.ok() ? store.preview(parsed.lines()) : null;
            return new Read(new Preview(file, parsed, summary), source.all());
        }, read -> {
            SyncAccount kept = account.get();
            accounts.setAll(read.accounts());
            account.set(read.accounts().stream().filter(a -> kept != null && a.id() == kept.id()).findFirst()
                    .orElse(read.accounts().isEmpty() ? null : read.accounts().get(0)));
            show(read.preview());
        }, e -> notifier.error(i18n.format("products.csv.unreadable", file.getFileName()), e));
    }

    private record Read(Preview preview, List<SyncAccount> accounts) {
    }

    private void show(Preview p) {
        List<String> messages = p.parsed().errors().stream().limit(500).map(this::describe).toList();
        errors.setAll(messages);
        preview.set(p);
        canImport.set(p.parsed().ok());
        if (!p.parsed().errors().isEmpty()) {
            notifier.warn(i18n.format("products.csv.hasErrors", p.parsed().errors().size()));
        }
    }

    String describe(ProductCsv.RowError e) {
        String text = "rule".equals(e.key())
                ? i18n.format((String) e.args().get(0), ((List<?>) e.args().get(1)).toArray())
                : i18n.format(e.messageKey(), e.args().toArray());
        return e.line() == 0 ? text : i18n.format("products.csv.atLine", e.line(), text);
    }

    /** Imports the previewed file in one transaction, with progress; nothing is written if anything fails. */
    public void commit() {
        Preview p = preview.get();
        if (p == null || !p.parsed().ok()) {
            return;
        }
        canImport.set(false);
        long accountId = account.get() == null ? 0 : account.get().id();
        ImportAccounts under = importAccounts;
        tasks.submit(i18n.get("products.csv.importing"), progress -> under.newProductsUnder(accountId,
                () -> store.commit(p.parsed().lines(), f -> progress.update(f, null))), done -> {
                    preview.set(null);
                    notifier.success(done.changesNothing() ? i18n.get("products.csv.nothingChanged")
                            : i18n.format("products.csv.imported", done.newSkus(), done.changedSkus(),
                            done.stockMovements()));
                    onImported.run();
                }, e -> {
                    canImport.set(true);
                    notifier.error(i18n.get("products.csv.importFailed"), e);
                });
    }

    public void cancel() {
        preview.set(null);
        errors.clear();
        canImport.set(false);
    }

    /** Writes every SKU to {@code file} (UTF-8 with BOM, the same bytes for the same data). */
    public void export(Path file) {
        tasks.submit(i18n.get("products.csv.exporting"), p -> {
            List<com.hongshu.studio.core.products.CsvLine> lines = store.exportLines();
            Files.write(file, ProductCsv.export(lines));
            return lines.size();
        }, n -> notifier.success(i18n.format("products.csv.exported", n, file.getFileName())),
                e -> notifier.error(i18n.format("products.csv.exportFailed", file.getFileName()), e));
    }

    public ObjectProperty<Preview> previewProperty() { return preview; }
    public ObservableList<String> errors() { return errors; }
    public BooleanProperty canImportProperty() { return canImport; }
    /** The connected accounts; with more than one, the preview asks which the new products go to. */
    public ObservableList<SyncAccount> accounts() { return accounts; }
    public ObjectProperty<SyncAccount> accountProperty() { return account; }
}
