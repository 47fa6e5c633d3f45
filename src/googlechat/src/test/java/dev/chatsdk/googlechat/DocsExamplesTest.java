package dev.chatsdk.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.chatsdk.core.http.FileSource;
import dev.chatsdk.googlechat.model.Attachment;
import dev.chatsdk.googlechat.model.CardWithId;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Button;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1ButtonList;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Card;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1CardHeader;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1DecoratedText;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1OnClick;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1OpenLink;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Section;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Widget;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.googlechat.model.Thread;
import dev.chatsdk.googlechat.model.UploadAttachmentResponse;
import dev.chatsdk.googlechat.params.MessageReplyOption;
import dev.chatsdk.googlechat.params.MessagesCreateParams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of docs/googlechat.md, run against WireMock so the guide stays true. */
class DocsExamplesTest extends WireMockSupport {
  @TempDir
  Path dir;

  @Test
  void cardMessageFromTheGuide() {
    wm.stubFor(post(anyUrl()).willReturn(okJson(fixture("messagesCreate"))));
    GoogleAppsCardV1Card card = GoogleAppsCardV1Card.builder()
        .header(GoogleAppsCardV1CardHeader.builder()
            .title("Build 4821")
            .subtitle("main @ 3f2c9e1")
            .build())
        .addSection(GoogleAppsCardV1Section.builder()
            .header("Summary")
            .addWidget(GoogleAppsCardV1Widget.builder()
                .decoratedText(GoogleAppsCardV1DecoratedText.builder().topLabel("Duration").text("7 min 42 s").build())
                .build())
            .addWidget(GoogleAppsCardV1Widget.builder()
                .buttonList(GoogleAppsCardV1ButtonList.builder()
                    .addButton(GoogleAppsCardV1Button.builder()
                        .text("Open pipeline")
                        .onClick(GoogleAppsCardV1OnClick.builder()
                            .openLink(GoogleAppsCardV1OpenLink.builder().url("https://ci.example.com/builds/4821").build())
                            .build())
                        .build())
                    .build())
                .build())
            .build())
        .build();
    Message message = Message.builder()
        .text("Build 4821 is green")
        .addCardsV2(CardWithId.builder().cardId("build-status").card(card).build())
        .thread(Thread.builder().threadKey("build-4821").build())
        .build();

    client.spaces().messagesCreate("spaces/AAAAxyz", message, MessagesCreateParams.builder()
        .messageReplyOption(MessageReplyOption.REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD)
        .messageId("client-build-4821")
        .build());

    LoggedRequest sent = onlyRequest();
    assertThat(sent.queryParameter("messageReplyOption").firstValue()).isEqualTo("REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD");
    assertThat(json(sent.getBodyAsString())).isEqualTo(json("{\"text\":\"Build 4821 is green\","
        + "\"cardsV2\":[{\"cardId\":\"build-status\",\"card\":{"
        + "\"header\":{\"title\":\"Build 4821\",\"subtitle\":\"main @ 3f2c9e1\"},"
        + "\"sections\":[{\"header\":\"Summary\",\"widgets\":["
        + "{\"decoratedText\":{\"topLabel\":\"Duration\",\"text\":\"7 min 42 s\"}},"
        + "{\"buttonList\":{\"buttons\":[{\"text\":\"Open pipeline\","
        + "\"onClick\":{\"openLink\":{\"url\":\"https://ci.example.com/builds/4821\"}}}]}}]}]}}],"
        + "\"thread\":{\"threadKey\":\"build-4821\"}}"));
  }

  @Test
  void importModeFromTheGuide() {
    wm.stubFor(post(urlPathEqualTo("/v1/spaces")).willReturn(okJson("{\"name\":\"spaces/IMPORT1\",\"importMode\":true}")));
    wm.stubFor(post(urlPathEqualTo("/v1/spaces/IMPORT1/messages")).willReturn(okJson("{}")));
    wm.stubFor(post(urlPathEqualTo("/v1/spaces/IMPORT1:completeImport")).willReturn(okJson("{\"space\":{\"name\":\"spaces/IMPORT1\"}}")));
    SpacesApi spaces = client.spaces();
    Space space = spaces.create(Space.builder()
        .spaceType(Space.SpaceType.SPACE)
        .displayName("Legacy #ops")
        .importMode(true)
        .externalUserAllowed(false)
        .build());
    spaces.messagesCreate(space.getName(), Message.builder()
        .text("Server room is cold again")
        .createTime(Instant.parse("2019-02-11T09:30:00Z"))
        .build());
    spaces.completeImport(space.getName());

    List<LoggedRequest> sent = wm.findAll(anyRequestedFor(anyUrl()));
    assertThat(sent).extracting(LoggedRequest::getUrl).satisfiesExactly(
        u -> assertThat(u).startsWith("/v1/spaces?requestId="),
        u -> assertThat(u).startsWith("/v1/spaces/IMPORT1/messages?requestId="),
        u -> assertThat(u).isEqualTo("/v1/spaces/IMPORT1:completeImport"));
    assertThat(json(sent.get(0).getBodyAsString()).get("importMode").asBoolean()).isTrue();
    assertThat(json(sent.get(1).getBodyAsString()).get("createTime").asText()).isEqualTo("2019-02-11T09:30:00Z");
  }

  @Test
  void attachmentRoundTripFromTheGuide() throws IOException {
    wm.stubFor(post(urlPathEqualTo("/upload/v1/spaces/AAAAxyz/attachments:upload")).willReturn(okJson(fixture("upload"))));
    wm.stubFor(post(urlPathEqualTo("/v1/spaces/AAAAxyz/messages")).willReturn(okJson("{}")));
    wm.stubFor(get(urlPathEqualTo("/v1/spaces/AAAAxyz/messages/BBBB/attachments/CCCC"))
        .willReturn(okJson(fixture("messagesAttachmentsGet"))));
    wm.stubFor(get(urlPathEqualTo("/v1/media/spaces/AAQAtjsc9v4/attachments/AATUf-J4Wq8-data"))
        .willReturn(aResponse().withStatus(200).withBody("%PDF-1.7 report")));
    Path report = Files.writeString(dir.resolve("report.pdf"), "%PDF-1.7 report");

    UploadAttachmentResponse uploaded = client.media().upload("spaces/AAAAxyz", FileSource.of(report, "application/pdf"));
    client.spaces().messagesCreate("spaces/AAAAxyz", Message.builder()
        .text("Nightly report")
        .addAttachment(Attachment.builder().attachmentDataRef(uploaded.getAttachmentDataRef()).build())
        .build());
    Attachment a = client.spaces().messagesAttachmentsGet("spaces/AAAAxyz/messages/BBBB/attachments/CCCC");
    Path copy = dir.resolve("copy.pdf");
    client.media().download(a.getAttachmentDataRef().getResourceName(), copy);

    LoggedRequest create = wm.findAll(anyRequestedFor(urlPathEqualTo("/v1/spaces/AAAAxyz/messages"))).get(0);
    assertThat(json(create.getBodyAsString()).at("/attachment/0/attachmentDataRef/attachmentUploadToken").asText())
        .isEqualTo("upload-token-5f1e");
    assertThat(Files.readString(copy)).isEqualTo("%PDF-1.7 report");
  }
}
