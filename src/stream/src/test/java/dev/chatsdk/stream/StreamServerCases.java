package dev.chatsdk.stream;

import static dev.chatsdk.stream.StreamCase.wire;

import dev.chatsdk.stream.model.BanRequest;
import dev.chatsdk.stream.model.CampaignDataRequest;
import dev.chatsdk.stream.model.CampaignUpdateableFieldsRequest;
import dev.chatsdk.stream.model.ChannelExportRequest;
import dev.chatsdk.stream.model.ChannelGetOrCreateRequest;
import dev.chatsdk.stream.model.ChannelMemberRequest;
import dev.chatsdk.stream.model.ChannelRequest;
import dev.chatsdk.stream.model.CheckPushRequest;
import dev.chatsdk.stream.model.CheckSQSRequest;
import dev.chatsdk.stream.model.CreateBlockListRequest;
import dev.chatsdk.stream.model.CreateCampaignRequest;
import dev.chatsdk.stream.model.CreateChannelTypeRequest;
import dev.chatsdk.stream.model.CreateCommandRequest;
import dev.chatsdk.stream.model.CreateDeviceRequest;
import dev.chatsdk.stream.model.CreateImportRequest;
import dev.chatsdk.stream.model.CreateImportURLRequest;
import dev.chatsdk.stream.model.CreateRoleRequest;
import dev.chatsdk.stream.model.CreateSegmentRequest;
import dev.chatsdk.stream.model.DeactivateUserRequest;
import dev.chatsdk.stream.model.DeactivateUsersRequest;
import dev.chatsdk.stream.model.DeleteChannelsRequest;
import dev.chatsdk.stream.model.DeleteUsersRequest;
import dev.chatsdk.stream.model.EventRequest;
import dev.chatsdk.stream.model.ExportChannelsRequest;
import dev.chatsdk.stream.model.ExportUsersRequest;
import dev.chatsdk.stream.model.HideChannelRequest;
import dev.chatsdk.stream.model.MuteChannelRequest;
import dev.chatsdk.stream.model.MuteUserRequest;
import dev.chatsdk.stream.model.PushProviderRequest;
import dev.chatsdk.stream.model.QueryBannedUsersRequest;
import dev.chatsdk.stream.model.QueryCampaignsRequest;
import dev.chatsdk.stream.model.QueryChannelsRequest;
import dev.chatsdk.stream.model.QueryMembersRequest;
import dev.chatsdk.stream.model.QueryRecipientsRequest;
import dev.chatsdk.stream.model.QuerySegmentsRequest;
import dev.chatsdk.stream.model.QueryUsersRequest;
import dev.chatsdk.stream.model.ReactivateUserRequest;
import dev.chatsdk.stream.model.ReactivateUsersRequest;
import dev.chatsdk.stream.model.RestoreUsersRequest;
import dev.chatsdk.stream.model.ScheduleCampaignRequest;
import dev.chatsdk.stream.model.SegmentDataRequest;
import dev.chatsdk.stream.model.SegmentUpdateableFieldsRequest;
import dev.chatsdk.stream.model.SendEventRequest;
import dev.chatsdk.stream.model.SendUserCustomEventRequest;
import dev.chatsdk.stream.model.ShowChannelRequest;
import dev.chatsdk.stream.model.SortParam;
import dev.chatsdk.stream.model.SortParamRequest;
import dev.chatsdk.stream.model.TestCampaignRequest;
import dev.chatsdk.stream.model.TruncateChannelRequest;
import dev.chatsdk.stream.model.UnmuteChannelRequest;
import dev.chatsdk.stream.model.UnmuteUserRequest;
import dev.chatsdk.stream.model.UpdateAppRequest;
import dev.chatsdk.stream.model.UpdateBlockListRequest;
import dev.chatsdk.stream.model.UpdateCampaignRequest;
import dev.chatsdk.stream.model.UpdateChannelPartialRequest;
import dev.chatsdk.stream.model.UpdateChannelRequest;
import dev.chatsdk.stream.model.UpdateChannelTypeRequest;
import dev.chatsdk.stream.model.UpdateCommandRequest;
import dev.chatsdk.stream.model.UpdateSegmentRequest;
import dev.chatsdk.stream.model.UpdateUserPartialRequest;
import dev.chatsdk.stream.model.UpdateUsersRequest;
import dev.chatsdk.stream.model.UpsertPushProviderRequest;
import dev.chatsdk.stream.model.UserCustomEventRequest;
import dev.chatsdk.stream.model.UserObjectRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The 84 operations besides messages, each with the request it must put on the wire. */
final class StreamServerCases {
  private StreamServerCases() {}

  private static final String FILTER = "{\"filter_conditions\":{\"id\":\"ana\"}}";

  static void add(List<StreamCase> all) {
    channels(all);
    users(all);
    moderationAndSettings(all);
    theRest(all);
  }

  private static void channels(List<StreamCase> all) {
    ChannelGetOrCreateRequest withMembers = ChannelGetOrCreateRequest.builder().data(ChannelRequest.builder()
        .createdBy(UserObjectRequest.builder().id("ana").build())
        .addMember(ChannelMemberRequest.builder().userId("ana").build())
        .addMember(ChannelMemberRequest.builder().userId("bob").build()).build()).build();
    String withMembersJson = "{\"data\":{\"created_by\":{\"id\":\"ana\"},\"members\":[{\"user_id\":\"ana\"},{\"user_id\":\"bob\"}]}}";
    all.add(wire("getOrCreateChannel", "GetOrCreateChannel_type_id_0", "post", "/channels/{type}/{id}/query",
        "/channels/messaging/general/query", "", withMembersJson, c -> c.channels().getOrCreateChannel("messaging", "general", withMembers)));
    all.add(wire("getOrCreateDistinctChannel", "GetOrCreateChannel_type_1", "post", "/channels/{type}/query",
        "/channels/messaging/query", "", withMembersJson, c -> c.channels().getOrCreateChannel("messaging", withMembers)));
    all.add(wire("queryChannels", "QueryChannels", "post", "/channels", "/channels", "",
        "{\"filter_conditions\":{\"members\":{\"$in\":[\"ana\"]}},\"sort\":[{\"field\":\"last_message_at\",\"direction\":-1}],\"limit\":10}",
        c -> c.channels().queryChannels(QueryChannelsRequest.builder().putFilterConditions("members", Map.of("$in", List.of("ana")))
            .addSort(SortParamRequest.builder().field("last_message_at").direction(-1).build()).limit(10).build())));
    all.add(wire("deleteChannels", "DeleteChannels", "post", "/channels/delete", "/channels/delete", "",
        "{\"cids\":[\"messaging:general\"],\"hard_delete\":true}",
        c -> c.channels().deleteChannels(DeleteChannelsRequest.builder().addCid("messaging:general").hardDelete(true).build())));
    all.add(wire("deleteChannel", "DeleteChannel", "delete", "/channels/{type}/{id}", "/channels/messaging/general",
        "hard_delete=true", null, c -> c.channels().deleteChannel("messaging", "general",
            DeleteChannelParams.builder().hardDelete(true).build())));
    all.add(wire("updateChannelPartial", "UpdateChannelPartial", "patch", "/channels/{type}/{id}", "/channels/messaging/general", "",
        "{\"set\":{\"topic\":\"release\"},\"unset\":[\"color\"]}",
        c -> c.channels().updateChannelPartial("messaging", "general",
            UpdateChannelPartialRequest.builder().putSet("topic", "release").addUnset("color").build())));
    all.add(wire("updateChannel", "UpdateChannel", "post", "/channels/{type}/{id}", "/channels/messaging/general", "",
        "{\"add_moderators\":[\"ana\"],\"demote_moderators\":[\"bob\"],\"remove_members\":[\"carla\"]}",
        c -> c.channels().updateChannel("messaging", "general", UpdateChannelRequest.builder().addAddModerator("ana")
            .addDemoteModerator("bob").addRemoveMember("carla").build())));
    all.add(wire("hideChannel", "HideChannel", "post", "/channels/{type}/{id}/hide", "/channels/messaging/general/hide", "",
        "{\"clear_history\":true,\"user_id\":\"ana\"}",
        c -> c.channels().hideChannel("messaging", "general", HideChannelRequest.builder().clearHistory(true).userId("ana").build())));
    all.add(wire("showChannel", "ShowChannel", "post", "/channels/{type}/{id}/show", "/channels/messaging/general/show", "",
        "{\"user_id\":\"ana\"}", c -> c.channels().showChannel("messaging", "general", ShowChannelRequest.builder().userId("ana").build())));
    all.add(wire("truncateChannel", "TruncateChannel", "post", "/channels/{type}/{id}/truncate", "/channels/messaging/general/truncate",
        "", "{\"hard_delete\":true,\"truncated_at\":\"2024-05-01T10:00:00Z\"}",
        c -> c.channels().truncateChannel("messaging", "general", TruncateChannelRequest.builder().hardDelete(true)
            .truncatedAt(Instant.parse("2024-05-01T10:00:00Z")).build())));
    all.add(wire("queryMembers", "QueryMembers", "get", "/members", "/members",
        "payload={\"type\":\"messaging\",\"id\":\"general\",\"filter_conditions\":{\"id\":\"ana\"},\"limit\":5}", null,
        c -> c.channels().queryMembers(QueryMembersRequest.builder().type("messaging").id("general")
            .putFilterConditions("id", "ana").limit(5).build())));
    all.add(wire("exportChannels", "ExportChannels", "post", "/export_channels", "/export_channels", "",
        "{\"channels\":[{\"cid\":\"messaging:general\"}]}", c -> c.channels().exportChannels(ExportChannelsRequest.builder()
            .addChannel(ChannelExportRequest.builder().cid("messaging:general").build()).build())));
    all.add(wire("getExportChannelsStatus", "GetExportChannelsStatus", "get", "/export_channels/{id}", "/export_channels/task-1", "",
        null, c -> c.channels().getExportChannelsStatus("task-1")));
    all.add(wire("muteChannel", "MuteChannel", "post", "/moderation/mute/channel", "/moderation/mute/channel", "",
        "{\"channel_cids\":[\"messaging:general\"],\"expiration\":60000,\"user_id\":\"ana\"}",
        c -> c.channels().muteChannel(MuteChannelRequest.builder().addChannelCid("messaging:general").expiration(60000).userId("ana").build())));
    all.add(wire("unmuteChannel", "UnmuteChannel", "post", "/moderation/unmute/channel", "/moderation/unmute/channel", "",
        "{\"channel_cids\":[\"messaging:general\"],\"user_id\":\"ana\"}",
        c -> c.channels().unmuteChannel(UnmuteChannelRequest.builder().addChannelCid("messaging:general").userId("ana").build())));
  }

  private static void users(List<StreamCase> all) {
    all.add(wire("updateUsers", "UpdateUsers", "post", "/users", "/users", "",
        "{\"users\":{\"ana\":{\"id\":\"ana\",\"role\":\"user\",\"name\":\"Ana\"}}}",
        c -> c.users().updateUsers(UpdateUsersRequest.builder().putUsers("ana", UserObjectRequest.builder().id("ana").role("user")
            .putAdditionalProperty("name", "Ana").build()).build())));
    all.add(wire("updateUsersPartial", "UpdateUsersPartial", "patch", "/users", "/users", "",
        "{\"users\":[{\"id\":\"ana\",\"set\":{\"revoke_tokens_issued_before\":\"2024-05-01T10:00:00Z\"},\"unset\":[\"nickname\"]}]}",
        c -> c.users().updateUsersPartial(dev.chatsdk.stream.model.UpdateUsersPartialRequest.builder().addUser(UpdateUserPartialRequest.builder()
            .id("ana").putSet("revoke_tokens_issued_before", "2024-05-01T10:00:00Z").addUnset("nickname").build()).build())));
    all.add(wire("queryUsers", "QueryUsers", "get", "/users", "/users",
        "payload={\"filter_conditions\":{\"id\":\"ana\"},\"sort\":[{\"field\":\"created_at\",\"direction\":1}],\"offset\":0}", null,
        c -> c.users().queryUsers(QueryUsersRequest.builder().putFilterConditions("id", "ana")
            .addSort(SortParam.builder().field("created_at").direction(1).build()).offset(0).build())));
    all.add(wire("deactivateUsers", "DeactivateUsers", "post", "/users/deactivate", "/users/deactivate", "",
        "{\"user_ids\":[\"ana\",\"bob\"],\"mark_messages_deleted\":true}",
        c -> c.users().deactivateUsers(DeactivateUsersRequest.builder().addUserId("ana").addUserId("bob").markMessagesDeleted(true).build())));
    all.add(wire("deactivateUser", "DeactivateUser", "post", "/users/{user_id}/deactivate", "/users/ana/deactivate", "",
        "{\"created_by_id\":\"admin\"}", c -> c.users().deactivateUser("ana", DeactivateUserRequest.builder().createdById("admin").build())));
    all.add(wire("reactivateUsers", "ReactivateUsers", "post", "/users/reactivate", "/users/reactivate", "",
        "{\"user_ids\":[\"ana\"],\"restore_messages\":true}",
        c -> c.users().reactivateUsers(ReactivateUsersRequest.builder().addUserId("ana").restoreMessages(true).build())));
    all.add(wire("reactivateUser", "ReactivateUser", "post", "/users/{user_id}/reactivate", "/users/ana/reactivate", "",
        "{\"restore_messages\":true}", c -> c.users().reactivateUser("ana", ReactivateUserRequest.builder().restoreMessages(true).build())));
    all.add(wire("deleteUsers", "DeleteUsers", "post", "/users/delete", "/users/delete", "",
        "{\"user_ids\":[\"ana\"],\"user\":\"hard\",\"messages\":\"hard\"}",
        c -> c.users().deleteUsers(DeleteUsersRequest.builder().addUserId("ana").user(DeleteUsersRequest.User.HARD)
            .messages(DeleteUsersRequest.Messages.HARD).build())));
    all.add(wire("deleteUser", "DeleteUser", "delete", "/users/{user_id}", "/users/ana", "hard_delete=true&mark_messages_deleted=true", null,
        c -> c.users().deleteUser("ana", DeleteUserParams.builder().hardDelete(true).markMessagesDeleted(true).build())));
    all.add(wire("restoreUsers", "RestoreUsers", "post", "/users/restore", "/users/restore", "", "{\"user_ids\":[\"ana\"]}",
        c -> c.users().restoreUsers(RestoreUsersRequest.builder().addUserId("ana").build())));
    all.add(wire("exportUsers", "ExportUser", "post", "/export/users", "/export/users", "", "{\"user_ids\":[\"ana\"]}",
        c -> c.users().exportUsers(ExportUsersRequest.builder().addUserId("ana").build())));
    all.add(wire("exportUserData", null, "get", "/users/{user_id}/export", "/users/ana/export", "", null,
        c -> c.users().exportUserData("ana")));
    all.add(wire("ban", "Ban", "post", "/moderation/ban", "/moderation/ban", "",
        "{\"target_user_id\":\"spammer\",\"banned_by_id\":\"mod\",\"reason\":\"spam\",\"timeout\":60}",
        c -> c.users().ban(BanRequest.builder().targetUserId("spammer").bannedById("mod").reason("spam").timeout(60).build())));
    all.add(wire("unban", "Unban", "delete", "/moderation/ban", "/moderation/ban", "target_user_id=spammer&type=messaging&id=general", null,
        c -> c.users().unban("spammer", UnbanParams.builder().type("messaging").id("general").build())));
    all.add(wire("muteUser", "MuteUser", "post", "/moderation/mute", "/moderation/mute", "",
        "{\"target_ids\":[\"bob\"],\"timeout\":30,\"user_id\":\"ana\"}",
        c -> c.users().muteUser(MuteUserRequest.builder().addTargetId("bob").timeout(30).userId("ana").build())));
    all.add(wire("unmuteUser", "UnmuteUser", "post", "/moderation/unmute", "/moderation/unmute", "",
        "{\"target_ids\":[\"bob\"],\"user_id\":\"ana\"}",
        c -> c.users().unmuteUser(UnmuteUserRequest.builder().addTargetId("bob").userId("ana").build())));
    all.add(wire("queryBannedUsers", "QueryBannedUsers", "get", "/query_banned_users", "/query_banned_users",
        "payload={\"filter_conditions\":{\"channel_cid\":\"messaging:general\"},\"limit\":20}", null,
        c -> c.users().queryBannedUsers(QueryBannedUsersRequest.builder().putFilterConditions("channel_cid", "messaging:general")
            .limit(20).build())));
  }

  private static void moderationAndSettings(List<StreamCase> all) {
    all.add(wire("commitMessage", "CommitMessage", "post", "/messages/{id}/commit", "/messages/msg-1/commit", "", null,
        c -> c.moderation().commitMessage("msg-1")));
    all.add(wire("listBlockLists", "ListBlockLists", "get", "/blocklists", "/blocklists", "", null, c -> c.moderation().listBlockLists()));
    all.add(wire("createBlockList", "CreateBlockList", "post", "/blocklists", "/blocklists", "",
        "{\"name\":\"profanity\",\"words\":[\"darn\",\"heck\"]}",
        c -> c.moderation().createBlockList(CreateBlockListRequest.builder().name("profanity").addWord("darn").addWord("heck").build())));
    all.add(wire("getBlockList", "GetBlockList", "get", "/blocklists/{name}", "/blocklists/profanity", "", null,
        c -> c.moderation().getBlockList("profanity")));
    all.add(wire("updateBlockList", "UpdateBlockList", "put", "/blocklists/{name}", "/blocklists/profanity", "", "{\"words\":[\"darn\"]}",
        c -> c.moderation().updateBlockList("profanity", UpdateBlockListRequest.builder().addWord("darn").build())));
    all.add(wire("deleteBlockList", "DeleteBlockList", "delete", "/blocklists/{name}", "/blocklists/profanity", "", null,
        c -> c.moderation().deleteBlockList("profanity")));
    all.add(wire("getApp", "GetApp", "get", "/app", "/app", "", null, c -> c.settings().getApp()));
    all.add(wire("updateApp", "UpdateApp", "patch", "/app", "/app", "",
        "{\"webhook_url\":\"https://hooks.example.com/stream\",\"sqs_url\":\"https://sqs.eu-west-1.amazonaws.com/1/chat\","
            + "\"revoke_tokens_issued_before\":\"2024-05-01T10:00:00Z\"}",
        c -> c.settings().updateApp(UpdateAppRequest.builder().webhookUrl("https://hooks.example.com/stream")
            .sqsUrl("https://sqs.eu-west-1.amazonaws.com/1/chat").revokeTokensIssuedBefore(Instant.parse("2024-05-01T10:00:00Z")).build())));
    all.add(wire("checkPush", "CheckPush", "post", "/check_push", "/check_push", "", "{\"message_id\":\"msg-1\",\"user_id\":\"ana\"}",
        c -> c.settings().checkPush(CheckPushRequest.builder().messageId("msg-1").userId("ana").build())));
    all.add(wire("checkSqs", "CheckSQS", "post", "/check_sqs", "/check_sqs", "",
        "{\"sqs_key\":\"key\",\"sqs_secret\":\"secret\",\"sqs_url\":\"https://sqs.example.com/q\"}",
        c -> c.settings().checkSqs(CheckSQSRequest.builder().sqsKey("key").sqsSecret("secret").sqsUrl("https://sqs.example.com/q").build())));
    all.add(wire("getRateLimits", "GetRateLimits", "get", "/rate_limits", "/rate_limits", "server_side=true&endpoints=SendMessage,GetApp",
        null, c -> c.settings().getRateLimits(GetRateLimitsParams.builder().serverSide(true).endpoints("SendMessage,GetApp").build())));
    all.add(wire("listChannelTypes", "ListChannelTypes", "get", "/channeltypes", "/channeltypes", "", null,
        c -> c.settings().listChannelTypes()));
    all.add(wire("createChannelType", "CreateChannelType", "post", "/channeltypes", "/channeltypes", "",
        "{\"name\":\"support\",\"automod\":\"disabled\",\"max_message_length\":2000}",
        c -> c.settings().createChannelType(CreateChannelTypeRequest.builder().name("support")
            .automod(CreateChannelTypeRequest.Automod.DISABLED).maxMessageLength(2000).build())));
    all.add(wire("getChannelType", "GetChannelType", "get", "/channeltypes/{name}", "/channeltypes/support", "", null,
        c -> c.settings().getChannelType("support")));
    all.add(wire("updateChannelType", "UpdateChannelType", "put", "/channeltypes/{name}", "/channeltypes/support", "",
        "{\"max_message_length\":4000}",
        c -> c.settings().updateChannelType("support", UpdateChannelTypeRequest.builder().maxMessageLength(4000).build())));
    all.add(wire("deleteChannelType", "DeleteChannelType", "delete", "/channeltypes/{name}", "/channeltypes/support", "", null,
        c -> c.settings().deleteChannelType("support")));
  }

  private static void theRest(List<StreamCase> all) {
    all.add(wire("queryCampaigns", "QueryCampaigns", "get", "/campaigns", "/campaigns", "payload=" + FILTER, null,
        c -> c.campaigns().queryCampaigns(QueryCampaignsRequest.builder().putFilterConditions("id", "ana").build())));
    all.add(wire("createCampaign", "CreateCampaign", "post", "/campaigns", "/campaigns", "",
        "{\"campaign\":{\"name\":\"Spring\",\"text\":\"Hello {{user.name}}\",\"segment_id\":\"seg-1\",\"sender_id\":\"ana\"}}",
        c -> c.campaigns().createCampaign(CreateCampaignRequest.builder().campaign(CampaignDataRequest.builder().name("Spring")
            .text("Hello {{user.name}}").segmentId("seg-1").senderId("ana").build()).build())));
    all.add(wire("updateCampaign", "UpdateCampaign", "put", "/campaigns/{id}", "/campaigns/camp-1", "", "{\"campaign\":{\"name\":\"Summer\"}}",
        c -> c.campaigns().updateCampaign("camp-1", UpdateCampaignRequest.builder()
            .campaign(CampaignUpdateableFieldsRequest.builder().name("Summer").build()).build())));
    all.add(wire("deleteCampaign", "DeleteCampaign", "delete", "/campaigns/{id}", "/campaigns/camp-1", "recipients=true", null,
        c -> c.campaigns().deleteCampaign("camp-1", DeleteCampaignParams.builder().recipients(true).build())));
    all.add(wire("scheduleCampaign", "ScheduleCampaign", "patch", "/campaigns/{id}/schedule", "/campaigns/camp-1/schedule", "",
        "{\"scheduled_for\":1714557600}",
        c -> c.campaigns().scheduleCampaign("camp-1", ScheduleCampaignRequest.builder().scheduledFor(1714557600L).build())));
    all.add(wire("resumeCampaign", "ResumeCampaign", "patch", "/campaigns/{id}/resume", "/campaigns/camp-1/resume", "", null,
        c -> c.campaigns().resumeCampaign("camp-1")));
    all.add(wire("stopCampaign", "StopCampaign", "patch", "/campaigns/{id}/stop", "/campaigns/camp-1/stop", "", null,
        c -> c.campaigns().stopCampaign("camp-1")));
    all.add(wire("testCampaign", "TestCampaign", "post", "/campaigns/{id}/test", "/campaigns/camp-1/test", "", "{\"users\":[\"ana\"]}",
        c -> c.campaigns().testCampaign("camp-1", TestCampaignRequest.builder().addUser("ana").build())));
    all.add(wire("queryRecipients", "QueryRecipients", "get", "/recipients", "/recipients", "payload=" + FILTER, null,
        c -> c.campaigns().queryRecipients(QueryRecipientsRequest.builder().putFilterConditions("id", "ana").build())));
    all.add(wire("querySegments", "QuerySegments", "get", "/segments", "/segments", "payload=" + FILTER, null,
        c -> c.campaigns().querySegments(QuerySegmentsRequest.builder().putFilterConditions("id", "ana").build())));
    all.add(wire("createSegment", "CreateSegment", "post", "/segments", "/segments", "",
        "{\"segment\":{\"name\":\"Testers\",\"type\":\"user\",\"filter\":{\"role\":\"tester\"}}}",
        c -> c.campaigns().createSegment(CreateSegmentRequest.builder().segment(SegmentDataRequest.builder().name("Testers")
            .type(SegmentDataRequest.Type.USER).putFilter("role", "tester").build()).build())));
    all.add(wire("updateSegment", "UpdateSegment", "put", "/segments/{id}", "/segments/seg-1", "", "{\"segment\":{\"name\":\"Beta\"}}",
        c -> c.campaigns().updateSegment("seg-1", UpdateSegmentRequest.builder()
            .segment(SegmentUpdateableFieldsRequest.builder().name("Beta").build()).build())));
    all.add(wire("deleteSegment", "DeleteSegment", "delete", "/segments/{id}", "/segments/seg-1", "", null,
        c -> c.campaigns().deleteSegment("seg-1")));
    all.add(wire("listCommands", "ListCommands", "get", "/commands", "/commands", "", null, c -> c.customCommands().listCommands()));
    all.add(wire("createCommand", "CreateCommand", "post", "/commands", "/commands", "",
        "{\"name\":\"ticket\",\"description\":\"Opens a ticket\",\"args\":\"[title]\"}",
        c -> c.customCommands().createCommand(CreateCommandRequest.builder().name("ticket").description("Opens a ticket").args("[title]").build())));
    all.add(wire("getCommand", "GetCommand", "get", "/commands/{name}", "/commands/ticket", "", null, c -> c.customCommands().getCommand("ticket")));
    all.add(wire("updateCommand", "UpdateCommand", "put", "/commands/{name}", "/commands/ticket", "", "{\"description\":\"Files a ticket\"}",
        c -> c.customCommands().updateCommand("ticket", UpdateCommandRequest.builder().description("Files a ticket").build())));
    all.add(wire("deleteCommand", "DeleteCommand", "delete", "/commands/{name}", "/commands/ticket", "", null,
        c -> c.customCommands().deleteCommand("ticket")));
    all.add(wire("listPermissions", "ListPermissions", "get", "/permissions", "/permissions", "", null, c -> c.permissions().listPermissions()));
    all.add(wire("getPermission", "GetPermission", "get", "/permissions/{id}", "/permissions/read-channel", "", null,
        c -> c.permissions().getPermission("read-channel")));
    all.add(wire("listRoles", "ListRoles", "get", "/roles", "/roles", "", null, c -> c.permissions().listRoles()));
    all.add(wire("createRole", "CreateRole", "post", "/roles", "/roles", "", "{\"name\":\"support-agent\"}",
        c -> c.permissions().createRole(CreateRoleRequest.builder().name("support-agent").build())));
    all.add(wire("deleteRole", "DeleteRole", "delete", "/roles/{name}", "/roles/support-agent", "", null,
        c -> c.permissions().deleteRole("support-agent")));
    all.add(wire("createImportUrl", "CreateImportURL", "post", "/import_urls", "/import_urls", "", "{\"filename\":\"users.json\"}",
        c -> c.imports().createImportUrl(CreateImportURLRequest.builder().filename("users.json").build())));
    all.add(wire("createImport", "CreateImport", "post", "/imports", "/imports", "", "{\"path\":\"s3://bucket/users.json\",\"mode\":\"upsert\"}",
        c -> c.imports().createImport(CreateImportRequest.builder().path("s3://bucket/users.json").mode(CreateImportRequest.Mode.UPSERT).build())));
    all.add(wire("listImports", "ListImports", "get", "/imports", "/imports", "", null, c -> c.imports().listImports()));
    all.add(wire("getImport", "GetImport", "get", "/imports/{id}", "/imports/imp-1", "", null, c -> c.imports().getImport("imp-1")));
    all.add(wire("createDevice", "CreateDevice", "post", "/devices", "/devices", "",
        "{\"id\":\"device-token\",\"push_provider\":\"firebase\",\"user_id\":\"ana\"}",
        c -> c.devices().createDevice(CreateDeviceRequest.builder().id("device-token")
            .pushProvider(CreateDeviceRequest.PushProviderValue.FIREBASE).userId("ana").build())));
    all.add(wire("listDevices", "ListDevices", "get", "/devices", "/devices", "user_id=ana", null, c -> c.devices().listDevices("ana")));
    all.add(wire("deleteDevice", "DeleteDevice", "delete", "/devices", "/devices", "id=device-token&user_id=ana", null,
        c -> c.devices().deleteDevice("device-token", "ana")));
    all.add(wire("listPushProviders", "ListPushProviders", "get", "/push_providers", "/push_providers", "", null,
        c -> c.push().listPushProviders()));
    all.add(wire("upsertPushProvider", "UpsertPushProvider", "post", "/push_providers", "/push_providers", "",
        "{\"push_provider\":{\"name\":\"firebase-prod\",\"type\":\"firebase\"}}",
        c -> c.push().upsertPushProvider(UpsertPushProviderRequest.builder().pushProvider(PushProviderRequest.builder()
            .name("firebase-prod").type("firebase").build()).build())));
    all.add(wire("deletePushProvider", "DeletePushProvider", "delete", "/push_providers/{type}/{name}",
        "/push_providers/firebase/firebase-prod", "", null, c -> c.push().deletePushProvider("firebase", "firebase-prod")));
    all.add(wire("sendEvent", "SendEvent", "post", "/channels/{type}/{id}/event", "/channels/messaging/general/event", "",
        "{\"event\":{\"type\":\"typing.start\",\"user_id\":\"ana\"}}",
        c -> c.events().sendEvent("messaging", "general", SendEventRequest.builder()
            .event(EventRequest.builder().type("typing.start").userId("ana").build()).build())));
    all.add(wire("sendUserCustomEvent", "SendUserCustomEvent", "post", "/users/{user_id}/event", "/users/ana/event", "",
        "{\"event\":{\"type\":\"friendship.request\",\"from\":\"bob\"}}",
        c -> c.events().sendUserCustomEvent("ana", SendUserCustomEventRequest.builder().event(UserCustomEventRequest.builder()
            .type("friendship.request").putAdditionalProperty("from", "bob").build()).build())));
    all.add(wire("getTask", "GetTask", "get", "/tasks/{id}", "/tasks/task-7f3a", "", null, c -> c.tasks().getTask("task-7f3a")));
  }
}
