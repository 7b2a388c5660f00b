package com.hongshu.studio.core.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where pulled platform data goes: the ports the dashboard store and the products stock ledger implement. Every
 * delivery may repeat rows already delivered (pulls overlap on purpose, and a pull resumed after a crash may send a
 * page again), so sinks upsert by the platform's id; counters that arrive smaller than stored are kept at the larger
 * value (the platform's counters only grow, late).
 */
public final class PullSinks {

    private PullSinks() {
    }

    /** One note's counters as the platform reported them at {@code statsUpdatedAt}. */
    public record NoteStats(long accountId, String remoteNoteId, String title, Instant postTime, long impressions,
                            long reads, long likes, long collects, long comments, long shares, long followerGain,
                            Instant statsUpdatedAt) {
    }

    /** An account's figures of one day (in the account's zone). */
    public record DailyFigures(long accountId, LocalDate date, long followers, long newFollowers, long lostFollowers,
                               long profileViews) {
    }

    /** One line of an order; money in fen. */
    public record OrderLine(String skuId, String erpCode, int qty, long priceFen) {
    }

    /** An order; {@code status} 1 unpaid (holds stock), 2 paid. */
    public record Order(long accountId, String orderId, int status, Instant createdAt, Instant updatedAt,
                        Instant paidAt, List<OrderLine> lines, long totalPayFen) {
        public Order {
            lines = List.copyOf(lines);
        }
    }

    public interface NoteStatsSink {
        void accept(List<NoteStats> rows);
    }

    public interface DailyFiguresSink {
        void accept(List<DailyFigures> rows);
    }

    public interface OrderSink {
        void accept(List<Order> rows);
    }
}
