package dev.chatsdk.googlechat;

import java.util.List;

/**
 * OAuth scopes of the Google Chat API that the SDK's helpers use. Each method's Javadoc on {@link
 * SpacesApi} and {@link MediaApi} names the scopes it accepts; docs/googlechat.md has the table.
 */
public final class GoogleChatScopes {
  private static final String PREFIX = "https://www.googleapis.com/auth/";

  /** A Chat app acting as itself (service account, app authentication). */
  public static final String BOT = PREFIX + "chat.bot";
  /** Import mode: create import spaces, back-date messages, complete the import. */
  public static final String IMPORT = PREFIX + "chat.import";
  /** Read and write the user's spaces. */
  public static final String SPACES = PREFIX + "chat.spaces";
  /** Create spaces on the user's behalf. */
  public static final String SPACES_CREATE = PREFIX + "chat.spaces.create";
  /** Read the user's spaces. */
  public static final String SPACES_READONLY = PREFIX + "chat.spaces.readonly";
  /** Read and write the user's messages (and reactions). */
  public static final String MESSAGES = PREFIX + "chat.messages";
  /** Send messages on the user's behalf. */
  public static final String MESSAGES_CREATE = PREFIX + "chat.messages.create";
  /** Read the user's messages. */
  public static final String MESSAGES_READONLY = PREFIX + "chat.messages.readonly";
  /** Add, read and remove reactions on the user's behalf. */
  public static final String MESSAGES_REACTIONS = PREFIX + "chat.messages.reactions";
  /** Add reactions on the user's behalf. */
  public static final String MESSAGES_REACTIONS_CREATE = PREFIX + "chat.messages.reactions.create";
  /** Read reactions. */
  public static final String MESSAGES_REACTIONS_READONLY = PREFIX + "chat.messages.reactions.readonly";
  /** Manage memberships on the user's behalf. */
  public static final String MEMBERSHIPS = PREFIX + "chat.memberships";
  /** Add or remove Chat apps in spaces on the user's behalf. */
  public static final String MEMBERSHIPS_APP = PREFIX + "chat.memberships.app";
  /** Read memberships. */
  public static final String MEMBERSHIPS_READONLY = PREFIX + "chat.memberships.readonly";
  /** Delete spaces on the user's behalf. */
  public static final String DELETE = PREFIX + "chat.delete";
  /** Workspace administrators: manage the organisation's spaces ({@code useAdminAccess}). */
  public static final String ADMIN_SPACES = PREFIX + "chat.admin.spaces";
  /** Workspace administrators: read the organisation's spaces. */
  public static final String ADMIN_SPACES_READONLY = PREFIX + "chat.admin.spaces.readonly";
  /** Workspace administrators: manage memberships of the organisation's spaces. */
  public static final String ADMIN_MEMBERSHIPS = PREFIX + "chat.admin.memberships";
  /** Workspace administrators: read memberships of the organisation's spaces. */
  public static final String ADMIN_MEMBERSHIPS_READONLY = PREFIX + "chat.admin.memberships.readonly";
  /** Workspace administrators: delete the organisation's spaces. */
  public static final String ADMIN_DELETE = PREFIX + "chat.admin.delete";

  /** The scope a Chat app needs for app authentication: {@link #BOT}. */
  public static final List<String> APP = List.of(BOT);

  /**
   * Every user scope that the methods of {@link SpacesApi} and {@link MediaApi} need between them
   * (without the administrator scopes), for a user or a delegated service account that does
   * everything.
   */
  public static final List<String> USER = List.of(
      SPACES, SPACES_CREATE, MESSAGES, MESSAGES_REACTIONS, MEMBERSHIPS, MEMBERSHIPS_APP, DELETE);

  private GoogleChatScopes() {}
}
