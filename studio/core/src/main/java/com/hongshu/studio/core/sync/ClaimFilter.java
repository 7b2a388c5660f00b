package com.hongshu.studio.core.sync;

import java.util.Set;

/**
 * Which operations a claim must skip: accounts that are paused or rate limited, kinds (platform methods) that are
 * rate limited for the whole app, and account+kind pairs (an account's daily publishing cap).
 *
 * @param onlyAccount when not null, claim only this account's operations
 */
public record ClaimFilter(Set<Long> excludedAccounts, Set<OperationKind> excludedKinds,
                          Set<AccountKind> excludedAccountKinds, Long onlyAccount) {

    public record AccountKind(long accountId, OperationKind kind) {
    }

    public ClaimFilter {
        excludedAccounts = Set.copyOf(excludedAccounts);
        excludedKinds = Set.copyOf(excludedKinds);
        excludedAccountKinds = Set.copyOf(excludedAccountKinds);
    }

    public static ClaimFilter none() {
        return new ClaimFilter(Set.of(), Set.of(), Set.of(), null);
    }

    public boolean admits(Operation op) {
        return (onlyAccount == null || onlyAccount == op.accountId())
                && !excludedAccounts.contains(op.accountId())
                && !excludedKinds.contains(op.kind())
                && !excludedAccountKinds.contains(new AccountKind(op.accountId(), op.kind()));
    }
}
