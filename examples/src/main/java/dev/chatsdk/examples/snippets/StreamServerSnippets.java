package dev.chatsdk.examples.snippets;

import dev.chatsdk.core.AutoPager;
import dev.chatsdk.stream.DeleteChannelParams;
import dev.chatsdk.stream.StreamChatClient;
import dev.chatsdk.stream.TaskFailedException;
import dev.chatsdk.stream.TaskTimeoutException;
import dev.chatsdk.stream.model.BanRequest;
import dev.chatsdk.stream.model.CampaignDataRequest;
import dev.chatsdk.stream.model.ChannelGetOrCreateRequest;
import dev.chatsdk.stream.model.ChannelMemberRequest;
import dev.chatsdk.stream.model.ChannelRequest;
import dev.chatsdk.stream.model.ChannelStateResponse;
import dev.chatsdk.stream.model.CheckSQSRequest;
import dev.chatsdk.stream.model.CreateBlockListRequest;
import dev.chatsdk.stream.model.CreateCampaignRequest;
import dev.chatsdk.stream.model.CreateSegmentRequest;
import dev.chatsdk.stream.model.DeactivateUserRequest;
import dev.chatsdk.stream.model.DeleteChannelsRequest;
import dev.chatsdk.stream.model.DeleteUsersRequest;
import dev.chatsdk.stream.model.GetTaskResponse;
import dev.chatsdk.stream.model.HideChannelRequest;
import dev.chatsdk.stream.model.MuteUserRequest;
import dev.chatsdk.stream.model.PushProviderRequest;
import dev.chatsdk.stream.model.QueryBannedUsersRequest;
import dev.chatsdk.stream.model.QueryChannelsRequest;
import dev.chatsdk.stream.model.QueryMembersRequest;
import dev.chatsdk.stream.model.QueryUsersRequest;
import dev.chatsdk.stream.model.ScheduleCampaignRequest;
import dev.chatsdk.stream.model.SegmentDataRequest;
import dev.chatsdk.stream.model.SortParam;
import dev.chatsdk.stream.model.SortParamRequest;
import dev.chatsdk.stream.model.TruncateChannelRequest;
import dev.chatsdk.stream.model.UpdateAppRequest;
import dev.chatsdk.stream.model.UpdateChannelPartialRequest;
import dev.chatsdk.stream.model.UpdateChannelRequest;
import dev.chatsdk.stream.model.UpdateUserPartialRequest;
import dev.chatsdk.stream.model.UpdateUsersPartialRequest;
import dev.chatsdk.stream.model.UpdateUsersRequest;
import dev.chatsdk.stream.model.UpsertPushProviderRequest;
import dev.chatsdk.stream.model.UserObjectRequest;
import dev.chatsdk.stream.model.UserResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The server-side code blocks of docs/stream.md (users, channels, moderation, settings, tokens,
 * campaigns, tasks); DocsSnippetsTest checks that each block equals one region here. Compiled, never run.
 */
@SuppressWarnings("unused")
final class StreamServerSnippets {
  private StreamServerSnippets() {}

  static void users(StreamChatClient client) {
    // snippet:stream-guide-users
    // updateUsers — POST /users: creates or replaces (upsert); custom fields such as "name" ride along
    client.users().updateUsers(UpdateUsersRequest.builder()
        .putUsers("ana", UserObjectRequest.builder().id("ana").role("user").putAdditionalProperty("name", "Ana").build())
        .putUsers("bob", UserObjectRequest.builder().id("bob").role("user").putAdditionalProperty("name", "Bob").build())
        .build());

    // updateUsersPartial — PATCH /users: set or unset single fields, leave the rest
    client.users().updateUsersPartial(UpdateUsersPartialRequest.builder()
        .addUser(UpdateUserPartialRequest.builder().id("ana").putSet("name", "Ana B.").addUnset("nickname").build())
        .build());

    // queryUsers — GET /users (filter JSON-encoded in "payload"); queryUsersAll pages by offset
    AutoPager<UserResponse> admins = client.users().queryUsersAll(QueryUsersRequest.builder()
        .putFilterConditions("role", "admin")
        .addSort(SortParam.builder().field("created_at").direction(-1).build())
        .limit(100)
        .build());
    admins.forEach(u -> System.out.println(u.getId()));

    // deactivateUser — POST /users/{user_id}/deactivate (reactivateUser undoes it)
    client.users().deactivateUser("bob", DeactivateUserRequest.builder().markMessagesDeleted(false).build());
    // end-snippet
  }

  static void deleteUsers(StreamChatClient client) {
    // snippet:stream-guide-delete-users
    // deleteUsers — POST /users/delete runs as a background task; wait for it
    String taskId = client.users().deleteUsers(DeleteUsersRequest.builder()
        .addUserId("bob")
        .user(DeleteUsersRequest.User.HARD)
        .messages(DeleteUsersRequest.Messages.HARD)
        .build()).getTaskId();
    try {
      GetTaskResponse done = client.waitForTask(taskId, Duration.ofMinutes(2));
      System.out.println("deleted: " + done.getResult());
    } catch (TaskFailedException e) {
      System.err.println("task failed: " + e.task().getError());
    } catch (TaskTimeoutException e) {
      System.err.println("still " + e.lastStatus() + "; check again later with tasks().getTask");
    }
    // end-snippet
  }

  static void channels(StreamChatClient client) {
    // snippet:stream-guide-channels
    // getOrCreateChannel — POST /channels/{type}/{id}/query: creates the channel with its members
    ChannelStateResponse general = client.channels().getOrCreateChannel("messaging", "general",
        ChannelGetOrCreateRequest.builder().data(ChannelRequest.builder()
            .createdBy(UserObjectRequest.builder().id("ana").build())
            .addMember(ChannelMemberRequest.builder().userId("ana").build())
            .addMember(ChannelMemberRequest.builder().userId("bob").build())
            .putAdditionalProperty("topic", "Release planning")
            .build()).build());

    // The overload without an id: the distinct channel of exactly these members
    ChannelStateResponse dm = client.channels().getOrCreateChannel("messaging",
        ChannelGetOrCreateRequest.builder().data(ChannelRequest.builder()
            .createdBy(UserObjectRequest.builder().id("ana").build())
            .addMember(ChannelMemberRequest.builder().userId("ana").build())
            .addMember(ChannelMemberRequest.builder().userId("bob").build()).build()).build());

    // updateChannel — POST /channels/{type}/{id}: members and moderators
    client.channels().updateChannel("messaging", "general", UpdateChannelRequest.builder()
        .addAddMember(ChannelMemberRequest.builder().userId("carla").build())
        .addAddModerator("ana")
        .build());

    // updateChannelPartial — PATCH /channels/{type}/{id}: single fields of the channel's data
    client.channels().updateChannelPartial("messaging", "general",
        UpdateChannelPartialRequest.builder().putSet("topic", "Release 2.0").addUnset("color").build());

    // queryChannels — POST /channels; queryChannelsAll pages by offset
    client.channels().queryChannelsAll(QueryChannelsRequest.builder()
        .putFilterConditions("members", Map.of("$in", List.of("ana")))
        .addSort(SortParamRequest.builder().field("last_message_at").direction(-1).build())
        .limit(20)
        .build()).forEach(c -> System.out.println(c.getChannel().getCid()));

    // queryMembers — GET /members
    client.channels().queryMembers(QueryMembersRequest.builder()
        .type("messaging").id("general").putFilterConditions("banned", false).build());

    // truncateChannel, hideChannel, deleteChannel
    client.channels().truncateChannel("messaging", "general", TruncateChannelRequest.builder()
        .truncatedAt(Instant.parse("2024-05-01T00:00:00Z")).build());
    client.channels().hideChannel("messaging", "general", HideChannelRequest.builder().userId("bob").build());
    client.channels().deleteChannel("messaging", "general", DeleteChannelParams.builder().hardDelete(true).build());

    // deleteChannels — POST /channels/delete: many at once, as a task
    String task = client.channels().deleteChannels(DeleteChannelsRequest.builder()
        .addCid("messaging:old-1").addCid("messaging:old-2").hardDelete(true).build()).getTaskId();
    client.waitForTask(task, Duration.ofMinutes(1));
    // end-snippet
  }

  static void moderation(StreamChatClient client) {
    // snippet:stream-guide-user-moderation
    // ban — POST /moderation/ban (app-wide, or in one channel with type and id); unban lifts it
    client.users().ban(BanRequest.builder().targetUserId("spammer").bannedById("moderator-1")
        .reason("spam").timeout(60).build());
    client.users().unban("spammer");
    client.users().queryBannedUsersAll(QueryBannedUsersRequest.builder()
        .putFilterConditions("channel_cid", "messaging:general").build()).forEach(b -> System.out.println(b.getReason()));

    // muteUser — POST /moderation/mute: ana no longer hears from bob
    client.users().muteUser(MuteUserRequest.builder().userId("ana").addTargetId("bob").timeout(24 * 60).build());

    // blocklists — /blocklists: words that are blocked or flagged by channel type settings
    client.moderation().createBlockList(CreateBlockListRequest.builder()
        .name("profanity").addWord("darn").addWord("heck").build());
    client.moderation().listBlockLists().getBlocklists().forEach(b -> System.out.println(b.getName()));
    // end-snippet
  }

  static void settings(StreamChatClient client) {
    // snippet:stream-guide-settings
    // updateApp — PATCH /app: webhook URL and SQS queue
    client.settings().updateApp(UpdateAppRequest.builder()
        .webhookUrl("https://hooks.example.com/stream")
        .sqsUrl("https://sqs.eu-west-1.amazonaws.com/123456789012/chat-events")
        .sqsKey(System.getenv("SQS_KEY"))
        .sqsSecret(System.getenv("SQS_SECRET"))
        .build());
    // checkSqs — POST /check_sqs: does the service reach the queue?
    System.out.println(client.settings().checkSqs(CheckSQSRequest.builder().build()).getStatus());

    // push: a provider for the app, then a device per user
    client.push().upsertPushProvider(UpsertPushProviderRequest.builder().pushProvider(PushProviderRequest.builder()
        .name("firebase-prod").type("firebase").firebaseCredentials(System.getenv("FIREBASE_CREDENTIALS")).build())
        .build());
    System.out.println(client.settings().getApp().getApp().getWebhookUrl());
    // end-snippet
  }

  static void tokens(StreamChatClient client) {
    // snippet:stream-guide-revoke-tokens
    // Every token of one user issued before now stops working
    client.users().updateUsersPartial(UpdateUsersPartialRequest.builder()
        .addUser(UpdateUserPartialRequest.builder().id("ana")
            .putSet("revoke_tokens_issued_before", Instant.now().toString()).build())
        .build());

    // Every user token of the app issued before now stops working
    client.settings().updateApp(UpdateAppRequest.builder().revokeTokensIssuedBefore(Instant.now()).build());

    // Later: issue a fresh token
    String token = client.createUserToken("ana", Instant.now().plus(Duration.ofHours(12)));
    // end-snippet
  }

  static void campaigns(StreamChatClient client) {
    // snippet:stream-guide-campaigns
    // A segment chooses the recipients; a campaign sends one message to each
    String segmentId = client.campaigns().createSegment(CreateSegmentRequest.builder().segment(SegmentDataRequest.builder()
        .name("Beta testers").type(SegmentDataRequest.Type.USER).putFilter("role", "tester").build()).build())
        .getSegment().getId();
    String campaignId = client.campaigns().createCampaign(CreateCampaignRequest.builder().campaign(CampaignDataRequest.builder()
        .name("Beta 2 is out").text("Hi {{ user.name }}, beta 2 is ready.").segmentId(segmentId).senderId("release-bot")
        .build()).build()).getCampaign().getId();

    client.campaigns().scheduleCampaign(campaignId, ScheduleCampaignRequest.builder().build());
    client.campaigns().stopCampaign(campaignId);
    // end-snippet
  }
}
