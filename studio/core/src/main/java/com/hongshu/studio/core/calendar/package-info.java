/**
 * The posting calendar's rules, plain Java over instants and IANA zones.
 *
 * <p>{@link com.hongshu.studio.core.calendar.CalendarSettings} (posting slots per weekday, {@link
 * com.hongshu.studio.core.calendar.Pace}, the account's zone, default Asia/Shanghai) is kept in the workspace settings
 * by {@link com.hongshu.studio.core.calendar.CalendarSettingsStore}. {@link
 * com.hongshu.studio.core.calendar.SlotPlanner#nextFree(long)} answers "next free slot" over the notes already
 * scheduled (through {@code NoteRepository.listScheduledBetween}); {@link
 * com.hongshu.studio.core.calendar.PaceCheck} finds notes that sit too close together; {@link
 * com.hongshu.studio.core.calendar.Reschedule} says whether a move is allowed and does its arithmetic in the account's
 * zone; {@link com.hongshu.studio.core.calendar.DualTime} is one instant as the account's zone and the computer's zone
 * show it. Moves themselves go through {@code core.notes.NotePublishing}.
 */
package com.hongshu.studio.core.calendar;
