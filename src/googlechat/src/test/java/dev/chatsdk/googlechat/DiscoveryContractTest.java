package dev.chatsdk.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.chatsdk.core.ApiException;
import dev.chatsdk.googlechat.ContractCases.Case;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.SetUpSpaceRequest;
import dev.chatsdk.googlechat.model.Space;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every operation against Google's discovery document in {@code ../shared/specs} (those checks
 * are skipped when the specs are absent): the HTTP method, the path template, that every query
 * parameter sent is declared and every declared one can be sent, and that the JSON body holds only
 * properties of the method's request schema. Fails when a public operation of the API classes has no
 * case in {@link ContractCases}, or when a discovery method has no operation in the SDK.
 */
class DiscoveryContractTest extends WireMockSupport {
  /** Standard parameters every Google method accepts; the SDK offers fields/quotaUser via RequestOptions. */
  private static final Set<String> GLOBAL = Set.of("$.xgafv", "access_token", "alt", "callback", "fields", "key",
      "oauth_token", "prettyPrint", "quotaUser", "uploadType", "upload_protocol");
  private static final List<Class<?>> API_CLASSES =
      List.of(SpacesApi.class, MediaApi.class, CustomEmojisApi.class, UsersApi.class);
  private static final String NOT_FOUND = "{\"error\":{\"code\":404,\"message\":\"not found\",\"status\":\"NOT_FOUND\"}}";

  static Stream<Arguments> operations() {
    return ContractCases.all().stream().map(c -> Arguments.of(c));
  }

  // ---- completeness: SDK <-> cases <-> discovery

  /** Public operation methods: no WithHttpInfo/Async/All forms, no statics. */
  static Set<String> publicOperations() {
    Set<String> ops = new TreeSet<>();
    for (Class<?> api : API_CLASSES) {
      for (Method m : api.getDeclaredMethods()) {
        String n = m.getName();
        if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
            && !n.endsWith("WithHttpInfo") && !n.endsWith("Async") && !n.endsWith("All")) {
          ops.add(api.getSimpleName() + "#" + n);
        }
      }
    }
    return ops;
  }

  @Test
  void everyPublicOperationHasExactlyOneContractCase() {
    List<String> caseNames = ContractCases.all().stream().map(Case::javaName).collect(Collectors.toList());
    assertThat(caseNames).as("contract cases naming the same Java method twice").doesNotHaveDuplicates();
    assertThat(new TreeSet<>(caseNames)).as("public API operations vs contract cases").isEqualTo(publicOperations());
  }

  @Test
  void everyDiscoveryMethodIsInTheSdk() {
    Set<String> caseIds = ContractCases.all().stream().map(c -> c.id).collect(Collectors.toCollection(TreeSet::new));
    assertThat(caseIds).hasSize(ContractCases.all().size());
    assertThat(caseIds).as("discovery methods vs contract cases").isEqualTo(DiscoveryDocument.methods().keySet());
    assertThat(caseIds).hasSize(54);
  }

  @Test
  void everyOperationHasItsThreeForms() {
    for (String op : publicOperations()) {
      String[] parts = op.split("#");
      Class<?> api = API_CLASSES.stream().filter(c -> c.getSimpleName().equals(parts[0])).findFirst().orElseThrow();
      Set<String> names = Arrays.stream(api.getMethods()).map(Method::getName).collect(Collectors.toSet());
      assertThat(names).as(op).contains(parts[1] + "WithHttpInfo", parts[1] + "Async");
    }
  }

  /**
   * A query parameter the document marks required (by flag or by a description starting "Required")
   * is a positional argument, never an optional setter of the method's params class. updateMask is
   * the exception: the SDK derives it when it is not given.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void requiredQueryParametersArePositional(Case c) {
    JsonNode method = DiscoveryDocument.methods().get(c.id);
    Set<String> required = new TreeSet<>();
    method.path("parameters").fields().forEachRemaining(p -> {
      JsonNode param = p.getValue();
      if ("query".equals(param.path("location").asText()) && !p.getKey().equals("updateMask")
          && (param.path("required").asBoolean() || param.path("description").asText().startsWith("Required"))) {
        required.add(p.getKey());
      }
    });
    for (Method m : c.api.getMethods()) {
      if (!m.getName().equals(c.javaMethod)) {
        continue;
      }
      for (Class<?> type : m.getParameterTypes()) {
        if (dev.chatsdk.core.QueryParams.class.isAssignableFrom(type)) {
          Set<String> optional = Arrays.stream(type.getMethods()).map(Method::getName)
              .map(n -> n.startsWith("get") && n.length() > 3
                  ? Character.toLowerCase(n.charAt(3)) + n.substring(4) : n)
              .filter(required::contains).collect(Collectors.toSet());
          assertThat(optional).as("%s: required query parameters offered as optional by %s", c, type.getSimpleName())
              .isEmpty();
        }
      }
    }
  }

  // ---- each operation against its discovery method

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void requestMatchesTheDiscoveryDocument(Case c) {
    JsonNode method = DiscoveryDocument.methods().get(c.id);
    assertThat(method).as("discovery method " + c.id).isNotNull();
    wm.stubFor(any(anyUrl()).willReturn(jsonResponse(NOT_FOUND, 404)));
    ApiException failure = catchThrowableOfType(() -> c.call.accept(client), ApiException.class);
    assertThat(failure).as("the 404 answer surfaces as ApiException").isNotNull();
    assertThat(failure.operation()).isEqualTo(c.id.substring("chat.".length()));
    assertThat(failure.getStackTrace()).as("the call goes through " + c.javaName())
        .anyMatch(f -> f.getClassName().equals(c.api.getName()) && f.getMethodName().equals(c.javaMethod));
    LoggedRequest sent = onlyRequest();

    assertThat(sent.getMethod().getName()).isEqualTo(method.get("httpMethod").asText());
    assertPath(c.id, method, sent);
    assertQueryNames(c.id, method, sent);
    assertBody(method, sent);
  }

  private static void assertPath(String id, JsonNode method, LoggedRequest sent) {
    boolean upload = method.path("supportsMediaUpload").asBoolean();
    if (upload) {
      assertThat(method.at("/mediaUpload/protocols/simple/path").asText()).isEqualTo("/upload/v1/{+parent}/attachments:upload");
      assertThat(method.at("/mediaUpload/maxSize").asLong()).isEqualTo(MediaApi.MAX_UPLOAD_BYTES);
    }
    String flatPath = (upload ? "upload/" : "") + method.get("flatPath").asText();
    String regex = "/" + Pattern.quote(flatPath).replaceAll("\\{[^}]+}", "\\\\E[^/?:]+\\\\Q");
    if (id.equals("chat.media.download")) {
      regex = "/v1/media/.+"; // {+resourceName} may hold slashes
    }
    String path = sent.getUrl().contains("?") ? sent.getUrl().substring(0, sent.getUrl().indexOf('?')) : sent.getUrl();
    assertThat(path).matches(regex);
  }

  private static void assertQueryNames(String id, JsonNode method, LoggedRequest sent) {
    Set<String> declared = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = method.path("parameters").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      if ("query".equals(p.getValue().path("location").asText())) {
        declared.add(p.getKey());
      }
    }
    Set<String> sentNames = new TreeSet<>(sent.getQueryParams().keySet());
    Set<String> undeclared = new TreeSet<>(sentNames);
    undeclared.removeAll(declared);
    undeclared.remove(id.equals("chat.media.upload") ? "uploadType" : id.equals("chat.media.download") ? "alt" : "");
    assertThat(undeclared).as("query parameters sent but not declared").isEmpty();
    Set<String> missing = new TreeSet<>(declared);
    missing.removeAll(sentNames);
    missing.removeAll(GLOBAL);
    assertThat(missing).as("declared query parameters the SDK did not send with every option set").isEmpty();
  }

  private static void assertBody(JsonNode method, LoggedRequest sent) {
    JsonNode request = method.get("request");
    if (request == null) {
      assertThat(sent.getBodyAsString()).as("a method without a request schema sends no body").isEmpty();
      return;
    }
    if (method.path("supportsMediaUpload").asBoolean()) {
      assertThat(sent.getHeader("Content-Type")).startsWith("multipart/related");
      return;
    }
    assertThat(sent.getHeader("Content-Type")).startsWith("application/json");
    List<String> unknown = new ArrayList<>();
    checkAgainstSchema(request, json(sent.getBodyAsString()), "$", unknown);
    assertThat(unknown).as("body properties the request schema " + request.path("$ref").asText() + " does not declare")
        .isEmpty();
  }

  /** Collects every JSON property of {@code value} that {@code schema} (followed through $ref) does not declare. */
  static void checkAgainstSchema(JsonNode schema, JsonNode value, String at, List<String> unknown) {
    schema = DiscoveryDocument.resolve(schema);
    assertThat(schema.isMissingNode()).as("schema referenced at " + at).isFalse();
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        checkAgainstSchema(schema.path("items"), value.get(i), at + "[" + i + "]", unknown);
      }
    } else if (value.isObject()) {
      JsonNode properties = schema.path("properties");
      JsonNode additional = schema.get("additionalProperties");
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        JsonNode fieldSchema = properties.has(field.getKey()) ? properties.get(field.getKey()) : additional;
        if (fieldSchema == null) {
          unknown.add(at + "." + field.getKey());
        } else {
          checkAgainstSchema(fieldSchema, field.getValue(), at + "." + field.getKey(), unknown);
        }
      }
    }
  }

  @Test
  void theSchemaCheckCatchesAnUndeclaredNestedProperty() {
    JsonNode body = json("{\"text\":\"t\",\"thread\":{\"threadKey\":\"k\",\"colour\":\"red\"},\"bogus\":1}");
    List<String> unknown = new ArrayList<>();
    checkAgainstSchema(json("{\"$ref\":\"Message\"}"), body, "$", unknown);
    assertThat(unknown).containsExactly("$.thread.colour", "$.bogus");
  }

  // ---- requestId: the SDK fills it exactly where the document declares one

  static Stream<Arguments> requestIdMethods() {
    return Stream.of(
        Arguments.of("chat.spaces.create", (Consumer<GoogleChatClient>) g -> g.spaces().create(
            Space.builder().spaceType(Space.SpaceType.GROUP_CHAT).build())),
        Arguments.of("chat.spaces.messages.create", (Consumer<GoogleChatClient>) g -> g.spaces().messagesCreate(
            "spaces/AAA", Message.builder().text("t").build())),
        Arguments.of("chat.spaces.setup", (Consumer<GoogleChatClient>) g -> g.spaces().setup(SetUpSpaceRequest.builder()
            .space(Space.builder().spaceType(Space.SpaceType.GROUP_CHAT).build()).build())));
  }

  @Test
  void requestIdIsDeclaredOnlyByTheMethodsThatFillIt() {
    Set<String> declaring = new TreeSet<>();
    DiscoveryDocument.methods().forEach((id, m) -> {
      String body = m.path("request").path("$ref").asText();
      if (m.path("parameters").has("requestId")
          || DiscoveryDocument.schema(body).path("properties").has("requestId")) {
        declaring.add(id);
      }
    });
    Set<String> filled = requestIdMethods().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
    assertThat(declaring).as("methods with a requestId; each needs an auto-fill case below").isEqualTo(filled);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requestIdMethods")
  void requestIdIsFilledWhenTheCallerGivesNone(String id, Consumer<GoogleChatClient> call) {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    call.accept(client);
    LoggedRequest sent = onlyRequest();
    String requestId = sent.getQueryParams().containsKey("requestId")
        ? sent.queryParameter("requestId").firstValue()
        : json(sent.getBodyAsString()).path("requestId").asText();
    assertThat(requestId).as(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  }
}
