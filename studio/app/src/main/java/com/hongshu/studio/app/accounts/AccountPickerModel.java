package com.hongshu.studio.app.accounts;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.TaskRunner;
import com.hongshu.studio.core.sync.AccountOwnership;
import com.hongshu.studio.core.sync.SyncAccount;
import com.hongshu.studio.core.sync.SyncAccountRepository;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Account" picker of an editor (a note or a product): the connected accounts, the one the item belongs to, and
 * whether it may still move to another (not once it has reached the platform). A new item gets the account last
 * picked here, else the one last used, else the first.
 */
public final class AccountPickerModel {

    private final SyncAccountRepository accounts;
    private final AccountOwnership ownership;
    private final AccountOwnership.Item item;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final I18n i18n;
    private final ObservableList<SyncAccount> choices = FXCollections.observableArrayList();
    private final ObjectProperty<SyncAccount> selected = new SimpleObjectProperty<>();
    private final BooleanProperty locked = new SimpleBooleanProperty(true);
    private long itemId;
    private long session;
    private long lastPicked;

    public AccountPickerModel(SyncAccountRepository accounts, AccountOwnership ownership, AccountOwnership.Item item,
                              TaskRunner tasks, Notifier notifier, I18n i18n) {
        this.accounts = accounts;
        this.ownership = ownership;
        this.item = item;
        this.tasks = tasks;
        this.notifier = notifier;
        this.i18n = i18n;
    }

    private record State(List<SyncAccount> all, AccountOwnership.Owner owner) {
    }

    /**
     * Shows the account of item {@code id} (read off the FX thread); 0: an item not stored yet, which offers the
     * account last picked here, else the first (see {@link #selectedId()} when saving it).
     */
    public void show(long id) {
        long mine = ++session;
        itemId = id;
        if (id == 0) {
            long preferred = lastPicked;
            tasks.quietly(p -> accounts.all(), all -> {
                if (mine == session) {
                    long owner = all.stream().anyMatch(a -> a.id() == preferred) ? preferred
                            : all.isEmpty() ? 0 : all.get(0).id();
                    apply(new State(all, new AccountOwnership.Owner(owner, false)));
                }
            }, e -> notifier.error(i18n.get("accounts.load.failed"), e));
            return;
        }
        tasks.quietly(p -> new State(accounts.all(), ownership.of(item, id)), s -> {
            if (mine == session) {
                apply(s);
            }
        }, e -> notifier.error(i18n.get("accounts.load.failed"), e));
    }

    /** Reads the accounts again (a zone or name changed elsewhere), keeping the item shown. */
    public void reload() {
        show(itemId);
    }

    /**
     * A new item was just stored as {@code id}: it gets the account last picked here (else the one of the note
     * changed last, else the first) and is shown.
     */
    public void adopt(long id) {
        long mine = ++session;
        itemId = id;
        long preferred = lastPicked;
        tasks.quietly(p -> {
            long want = preferred != 0 ? preferred
                    : item == AccountOwnership.Item.NOTE ? ownership.lastUsedForNotes(id) : 0;
            AccountOwnership.Owner owner = ownership.of(item, id);
            List<SyncAccount> all = accounts.all();
            if (want != 0 && want != owner.accountId() && !owner.locked()
                    && all.stream().anyMatch(a -> a.id() == want)) {
                ownership.assign(item, id, want);
                owner = ownership.of(item, id);
            }
            return new State(all, owner);
        }, s -> {
            if (mine == session) {
                apply(s);
            }
        }, e -> notifier.error(i18n.get("accounts.load.failed"), e));
    }

    private void apply(State s) {
        if (!choices.equals(s.all())) {
            choices.setAll(s.all());
        }
        selected.set(s.all().stream().filter(a -> a.id() == s.owner().accountId()).findFirst().orElse(null));
        locked.set(s.owner().locked() || s.all().size() < 2);
    }

    /** The user picked {@code account}: the item moves to it, unless it has reached the platform meanwhile. */
    public void pick(SyncAccount account) {
        SyncAccount before = selected.get();
        if (account == null || (before != null && before.id() == account.id())) {
            return;
        }
        if (locked.get()) {
            selected.set(before);
            return;
        }
        if (itemId == 0) { // not stored yet: it is saved under this account
            selected.set(account);
            lastPicked = account.id();
            return;
        }
        long id = itemId;
        long mine = session;
        selected.set(account);
        tasks.quietly(p -> {
            ownership.assign(item, id, account.id());
            return true;
        }, ok -> {
            lastPicked = account.id();
            notifier.info(i18n.format("accounts.moved." + item.name(), account.displayName()));
        }, e -> {
            if (mine == session) {
                selected.set(before);
            }
            if (e instanceof IllegalStateException) {
                if (mine == session) {
                    locked.set(true);
                }
                notifier.warn(i18n.get("accounts.locked." + item.name()));
            } else {
                notifier.error(i18n.get("accounts.move.failed"), e);
            }
        });
    }

    /** Why the picker is disabled, in the user's words ("" when it is not). */
    public String lockReason() {
        if (!locked.get()) {
            return "";
        }
        return choices.size() < 2 || itemId == 0 ? i18n.get("accounts.only") : i18n.get("accounts.locked." + item.name());
    }

    /** The zone of the selected account (the default before one is known). */
    public ZoneId zone() {
        return Optional.ofNullable(selected.get()).map(SyncAccount::zone).orElse(AccountZones.DEFAULT);
    }

    public long selectedId() {
        return selected.get() == null ? 0 : selected.get().id();
    }

    public ObservableList<SyncAccount> choices() { return choices; }
    public ObjectProperty<SyncAccount> selectedProperty() { return selected; }
    public BooleanProperty lockedProperty() { return locked; }
}
