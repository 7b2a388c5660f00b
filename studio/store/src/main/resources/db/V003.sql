-- V003 products: listings (SPU), their SKUs and the stock ledger. Moments are epoch milliseconds (UTC); money in fen.
CREATE TABLE product (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL,
    short_title  TEXT    NOT NULL DEFAULT '',
    description  TEXT    NOT NULL DEFAULT '',
    category     TEXT    NOT NULL DEFAULT '',
    status       TEXT    NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'ON_SHELF', 'OFF_SHELF')),
    axes         TEXT    NOT NULL DEFAULT '',       -- variant axis names, newline-separated, in order
    search       TEXT    NOT NULL DEFAULT '',       -- the name in lower case, for the table's filter
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX product_by_name ON product(name);

CREATE TABLE product_media (
    product_id INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,                    -- 0 is the main image
    media_id   INTEGER NOT NULL REFERENCES media(id),
    PRIMARY KEY (product_id, position)
) WITHOUT ROWID;

CREATE TABLE sku (
    id                  INTEGER PRIMARY KEY,
    product_id          INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    position            INTEGER NOT NULL DEFAULT 0,
    variant             TEXT    NOT NULL DEFAULT '', -- values joined by ' / ', in the order of the product's axes
    erp_code            TEXT    NOT NULL UNIQUE,
    barcode             TEXT    NOT NULL DEFAULT '',
    price_fen           INTEGER NOT NULL CHECK (price_fen > 0),
    original_price_fen  INTEGER NOT NULL,
    low_stock           INTEGER NOT NULL DEFAULT 0,
    search              TEXT    NOT NULL DEFAULT '', -- variant, erp_code and barcode in lower case, for the filter
    -- The sum of the SKU's ledger, written only together with a ledger row (the guard below checks every change).
    stock               INTEGER NOT NULL DEFAULT 0,
    updated_at          INTEGER NOT NULL
);
CREATE INDEX sku_by_product ON sku(product_id, position);

CREATE TABLE stock_movement (
    id            INTEGER PRIMARY KEY,
    sku_id        INTEGER NOT NULL REFERENCES sku(id) ON DELETE CASCADE,
    kind          TEXT    NOT NULL CHECK (kind IN ('RESTOCK', 'SALE', 'RETURN', 'CORRECTION', 'SYNC_ADJUSTMENT')),
    quantity      INTEGER NOT NULL,                 -- signed change
    balance_after INTEGER NOT NULL,
    note          TEXT    NOT NULL DEFAULT '',
    at            INTEGER NOT NULL
);
CREATE INDEX stock_movement_by_sku ON stock_movement(sku_id, id);

-- Stock is never edited in place: a change must leave it equal to the sum of the ledger, so it can only follow a new
-- ledger row in the same transaction. (A new SKU may start with its opening stock, inserted with its first row.)
CREATE TRIGGER sku_stock_follows_ledger BEFORE UPDATE OF stock ON sku
WHEN NEW.stock <> (SELECT coalesce(sum(quantity), 0) FROM stock_movement WHERE sku_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'stock must equal the sum of its ledger');
END;
-- The ledger is append-only.
CREATE TRIGGER stock_movement_no_update BEFORE UPDATE ON stock_movement
BEGIN
    SELECT RAISE(ABORT, 'the stock ledger is append-only');
END;
