package com.hongshu.studio.core.sync;

import java.util.Optional;

public interface SyncCursorRepository {

    Optional<SyncCursor> find(String name);

    void save(SyncCursor cursor);
}
