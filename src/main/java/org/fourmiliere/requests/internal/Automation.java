package org.fourmiliere.requests.internal;

/** One automation of a queue: on CREATE, REPLY or STATUS, NOTIFY_OWNER, NOTIFY_QUEUE, SET_PRIORITY (keyword → priority) or ASSIGN_ROLE. */
public record Automation(long id, long queueId, String onEvent, String action, String keyword, Integer priority) {}
