-- V007 products <-> sync: every product belongs to an account (the first one, unless another is named), remembers the
-- outbox operation that creates it on the platform, and the ledger knows which platform order line a row came from.
ALTER TABLE product ADD COLUMN account_id INTEGER REFERENCES sync_account (id);

UPDATE product SET account_id = (SELECT min(id) FROM sync_account) WHERE account_id IS NULL;

-- A product saved without one gets the first account when it is first pushed (no trigger per insert: a CSV import
-- inserts tens of thousands).
CREATE TRIGGER product_first_account AFTER INSERT ON sync_account
BEGIN
    UPDATE product SET account_id = NEW.id WHERE account_id IS NULL;
END;

-- The PRODUCT_CREATE operation queued for it (null: never pushed; a failed or cancelled one is queued again).
ALTER TABLE product ADD COLUMN create_op_id INTEGER;

-- 'order:<orderId>:<line>' for a sale pulled from the platform: a page delivered twice cannot count it twice.
ALTER TABLE stock_movement ADD COLUMN external_ref TEXT;
CREATE UNIQUE INDEX stock_movement_external_ref ON stock_movement (external_ref) WHERE external_ref IS NOT NULL;

-- Stock held on the platform by unpaid orders. It stays in the SKU's total (the platform counts it there too, and
-- inventory.syncSkuStock sets the total including it); it is shown apart as "held", and released when the order is
-- paid (then a SALE row takes it off the ledger) or closed.
CREATE TABLE stock_hold (
    order_id   TEXT    NOT NULL,
    line       INTEGER NOT NULL,
    sku_id     INTEGER NOT NULL REFERENCES sku (id) ON DELETE CASCADE,
    qty        INTEGER NOT NULL,
    at         INTEGER NOT NULL,
    PRIMARY KEY (order_id, line)
) WITHOUT ROWID;
CREATE INDEX stock_hold_by_sku ON stock_hold (sku_id);
