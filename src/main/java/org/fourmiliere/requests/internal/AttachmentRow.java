package org.fourmiliere.requests.internal;

/** A file kept with a message of a ticket (without its bytes). */
public record AttachmentRow(long id, long messageId, String filename, String contentType, long size) {}
