package com.hongshu.studio.core.sync;

/** The per-account circuit. A paused account's queue waits; other accounts go on. */
public enum AccountState {
    ACTIVE,
    /** The refresh token expired or the authorization was revoked (1103/1105): the user must reconnect. */
    PAUSED_AUTH,
    /** Risk control (461/1301/1302): the user must verify on the platform; nothing is retried meanwhile. */
    PAUSED_RISK
}
