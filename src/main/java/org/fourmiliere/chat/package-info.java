/**
 * Punching from a chat: an IRC bot in the application, and an endpoint for Mattermost/Slack slash commands and a
 * Matrix webhook bridge. One command interpreter for all; chat identities linked to persons with a one-time code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chat",
        allowedDependencies = {"shared", "accounts", "timesheets"})
package org.fourmiliere.chat;
