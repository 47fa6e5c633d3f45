package dev.chatsdk.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatsdk.core.http.FileSource;
import dev.chatsdk.googlechat.model.Emoji;
import dev.chatsdk.googlechat.model.Membership;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.Reaction;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.googlechat.model.User;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every method checks its resource name against the discovery document's pattern before any I/O;
 * the message names the parameter. Accepted names keep their {@code /} and percent-encode the rest.
 */
class ResourceNameValidationTest extends WireMockSupport {
  private static final Message TEXT = Message.builder().text("hi").build();

  /** A method, the parameter it checks, the shape it wants, and how to call it with a name. */
  static final class Method {
    final String label;
    final String parameter;
    final String valid;
    final Consumer<GoogleChatClient> call;
    final java.util.function.BiConsumer<GoogleChatClient, String> withName;

    Method(String label, String parameter, String valid, java.util.function.BiConsumer<GoogleChatClient, String> withName) {
      this.label = label;
      this.parameter = parameter;
      this.valid = valid;
      this.withName = withName;
      this.call = c -> withName.accept(c, valid);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  static List<Method> methods() {
    String space = "spaces/AAA";
    String message = "spaces/AAA/messages/BBB.CCC";
    List<Method> m = new ArrayList<>();
    m.add(new Method("completeImport", "name", space, (c, n) -> c.spaces().completeImport(n)));
    m.add(new Method("get", "name", space, (c, n) -> c.spaces().get(n)));
    m.add(new Method("patch", "name", space, (c, n) -> c.spaces().patch(n, Space.builder().displayName("x").build())));
    m.add(new Method("delete", "name", space, (c, n) -> c.spaces().delete(n)));
    m.add(new Method("findDirectMessage", "name", "users/123", (c, n) -> c.spaces().findDirectMessage(n)));
    m.add(new Method("membersCreate", "parent", space, (c, n) -> c.spaces().membersCreate(n,
        Membership.builder().member(User.builder().name("users/123").build()).build())));
    m.add(new Method("membersList", "parent", space, (c, n) -> c.spaces().membersList(n)));
    m.add(new Method("membersListAll", "parent", space, (c, n) -> c.spaces().membersListAll(n).iterator().hasNext()));
    m.add(new Method("membersGet", "name", "spaces/AAA/members/123", (c, n) -> c.spaces().membersGet(n)));
    m.add(new Method("membersDelete", "name", "spaces/AAA/members/123", (c, n) -> c.spaces().membersDelete(n)));
    m.add(new Method("messagesCreate", "parent", space, (c, n) -> c.spaces().messagesCreate(n, TEXT)));
    m.add(new Method("messagesList", "parent", space, (c, n) -> c.spaces().messagesList(n)));
    m.add(new Method("messagesGet", "name", message, (c, n) -> c.spaces().messagesGet(n)));
    m.add(new Method("messagesPatch", "name", message, (c, n) -> c.spaces().messagesPatch(n, TEXT)));
    m.add(new Method("messagesUpdate", "name", message, (c, n) -> c.spaces().messagesUpdate(n, TEXT)));
    m.add(new Method("messagesDelete", "name", message, (c, n) -> c.spaces().messagesDelete(n)));
    m.add(new Method("messagesAttachmentsGet", "name", message + "/attachments/DDD",
        (c, n) -> c.spaces().messagesAttachmentsGet(n)));
    m.add(new Method("messagesReactionsCreate", "parent", message,
        (c, n) -> c.spaces().messagesReactionsCreate(n,
            Reaction.builder().emoji(Emoji.builder().unicode("x").build()).build())));
    m.add(new Method("messagesReactionsList", "parent", message, (c, n) -> c.spaces().messagesReactionsList(n)));
    m.add(new Method("messagesReactionsDelete", "name", message + "/reactions/EEE",
        (c, n) -> c.spaces().messagesReactionsDelete(n)));
    m.add(new Method("messagesCreateAsync", "parent", space, (c, n) -> c.spaces().messagesCreateAsync(n, TEXT).join()));
    m.add(new Method("upload", "parent", space,
        (c, n) -> c.media().upload(n, FileSource.of(new byte[] {1}, "a.bin", "application/octet-stream"))));
    return m;
  }

  /** Names that no method accepts, whatever its pattern. */
  static List<String> malformed(String valid) {
    return List.of(
        "",
        valid + "/",
        "/" + valid,
        valid.replaceFirst("/", "//"),
        valid + "/..",
        valid.replaceFirst("/[^/]+$", "/.."),
        valid.replaceFirst("/[^/]+$", "/."),
        valid + "?alt=media",
        valid + "#frag",
        valid + "\n",
        valid.replaceFirst("/[^/]+$", "/a\u0000b"),
        valid.replaceFirst("/[^/]+$", "/a\rb"));
  }

  static Stream<Arguments> malformedNames() {
    return methods().stream().flatMap(m -> malformed(m.valid).stream().map(n -> Arguments.of(m, n)));
  }

  @ParameterizedTest(name = "{0} rejects [{1}]")
  @MethodSource("malformedNames")
  void malformedNamesFailBeforeAnyIo(Method method, String name) {
    assertThatThrownBy(() -> method.withName.accept(client, name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(method.parameter);
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  static Stream<Arguments> wrongKinds() {
    List<String> kinds = List.of("spaces/AAA", "spaces/AAA/members/123", "spaces/AAA/messages/BBB",
        "spaces/AAA/messages/BBB/attachments/DDD", "spaces/AAA/messages/BBB/reactions/EEE", "users/123",
        "spaces/AAA/threads/TTT", "rooms/AAA", "AAA");
    return methods().stream().flatMap(m -> kinds.stream()
        .filter(k -> !k.equals(m.valid) && !k.replaceAll("[A-Z0-9]+", "X").equals(m.valid.replaceAll("[A-Z0-9.]+", "X")))
        .map(k -> Arguments.of(m, k)));
  }

  @ParameterizedTest(name = "{0} rejects [{1}]")
  @MethodSource("wrongKinds")
  void theWrongKindOfNameFailsBeforeAnyIo(Method method, String name) {
    assertThatThrownBy(() -> method.withName.accept(client, name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(method.parameter)
        .hasMessageContaining(name);
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void nullNameNamesTheParameter(Method method) {
    assertThatThrownBy(() -> method.withName.accept(client, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining(method.parameter);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void theDocumentedShapeIsAccepted(Method method) {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    method.call.accept(client);
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
  }

  @Test
  void segmentsArePercentEncodedAndSlashesKept() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    client.spaces().membersGet("spaces/AAA/members/dana+ops@example.com");
    client.spaces().messagesGet("spaces/AAA/messages/client-a b%2F~");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).extracting(r -> r.getUrl()).containsExactly(
        "/v1/spaces/AAA/members/dana%2Bops%40example.com",
        "/v1/spaces/AAA/messages/client-a%20b%252F~");
  }

  @Test
  void downloadChecksItsResourceNameToo() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String bad : List.of("", "a//b", "../secret", "a/./b", "a?b", "a#b", "a\tb")) {
      assertThatThrownBy(() -> client.media().download(bad, out))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("resourceName");
    }
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }
}
