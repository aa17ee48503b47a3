package org.fourmiliere.sales;

import java.time.LocalDate;

/** A payment was received ({@code received}) or made, on {@code date}, posted as {@code entryId}. */
public record PaymentRecorded(long paymentId, boolean received, LocalDate date, long entryId) implements SalesEvent {}
