package dev.chatsdk.googlechat.internal;

import dev.chatsdk.core.http.ApiRequest;
import dev.chatsdk.core.http.PathEncoder;
import java.util.regex.Pattern;

/**
 * The resource-name shapes of the Google Chat API, with the patterns the discovery document gives
 * for each method parameter. Names keep their {@code /}; each segment is percent-encoded.
 */
public enum ResourceNames {
  SPACE("^spaces/[^/]+$", "spaces/{space}"),
  MEMBER("^spaces/[^/]+/members/[^/]+$", "spaces/{space}/members/{member}"),
  MESSAGE("^spaces/[^/]+/messages/[^/]+$", "spaces/{space}/messages/{message}"),
  ATTACHMENT("^spaces/[^/]+/messages/[^/]+/attachments/[^/]+$", "spaces/{space}/messages/{message}/attachments/{attachment}"),
  REACTION("^spaces/[^/]+/messages/[^/]+/reactions/[^/]+$", "spaces/{space}/messages/{message}/reactions/{reaction}"),
  USER("^users/[^/]+$", "users/{user}"),
  /** Media resource names are opaque ({@code ^.*$} in the discovery document); segment checks still apply. */
  MEDIA("^.+$", "the attachmentDataRef.resourceName of an attachment");

  private final Pattern pattern;
  private final String example;

  ResourceNames(String regex, String example) {
    this.pattern = Pattern.compile(regex);
    this.example = example;
  }

  /** Fills path variable {@code parameter} of {@code request} with a checked name. */
  public ApiRequest.Builder fill(ApiRequest.Builder request, String parameter, String value) {
    return request.pathResourceName(parameter, value, pattern, example);
  }

  /** Checks a name used outside the path (for example as a query value) and returns it unchanged. */
  public String check(String parameter, String value) {
    PathEncoder.resourceName(parameter, value, pattern, example);
    return value;
  }
}
