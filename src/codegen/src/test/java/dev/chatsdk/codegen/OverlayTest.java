package dev.chatsdk.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OverlayTest {
  @Test
  void theGoogleOverlayLoadsAndNamesItsPackages() throws Exception {
    Overlay overlay = Overlay.load(Codegen.GOOGLE_OVERLAY);
    assertThat(overlay.text("apiPackage")).isEqualTo("dev.chatsdk.googlechat");
    assertThat(overlay.method("spaces.spaceEvents.list").path("required").get(0).asText()).isEqualTo("filter");
  }

  @Test
  void aMissingOverlayFailsLoudly() {
    assertThatThrownBy(() -> Overlay.load("no-such-overlay.yaml"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-overlay.yaml");
  }

  @Test
  void resourceNamePatternsReadAsExamples() {
    assertThat(DiscoveryOperations.example("^spaces/[^/]+/members/[^/]+$")).isEqualTo("spaces/{space}/members/{member}");
    assertThat(DiscoveryOperations.example("^customEmojis/[^/]+$")).isEqualTo("customEmojis/{customEmoji}");
    assertThat(DiscoveryOperations.example("^users/[^/]+/spaces/[^/]+/spaceReadState$"))
        .isEqualTo("users/{user}/spaces/{space}/spaceReadState");
    assertThat(DiscoveryOperations.example("^.*$")).isEqualTo("an opaque resource name");
  }

  @Test
  void maskSegmentsAreSnakeCase() {
    assertThat(DiscoveryOperations.snake("manageMembersAndGroups")).isEqualTo("manage_members_and_groups");
    assertThat(DiscoveryOperations.snake("cardsV2")).isEqualTo("cards_v2");
  }
}
