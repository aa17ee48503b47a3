package org.fourmiliere.requests.internal;

/** A file with its bytes, and where it belongs. */
public record AttachmentContent(long ticketId, boolean internal, String filename, String contentType, byte[] content) {}
