package com.hongshu.studio.app.common;

/** What background work reports while it runs; safe to call from any thread. */
public interface Progress {

    /** {@code fraction} in [0, 1], or negative when the amount of work is unknown. */
    void update(double fraction, String message);

    boolean isCancelled();

    Progress NONE = new Progress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
