package dev.chatsdk.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.chatsdk.core.json.ChatJson;
import dev.chatsdk.stream.model.Message;
import dev.chatsdk.stream.model.MessageWithPendingMetadataResponse;
import dev.chatsdk.stream.model.SendMessageRequest;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JSON encoding and decoding of generated models through {@link ChatJson} (the SDK's cached
 * readers and writers), and the same decodes with a plain Jackson mapper ({@code *PlainMapper}) to
 * show what the SDK's JSON configuration itself costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {
  private SendMessageRequest streamSendRequest;
  private Message streamMessage;
  private byte[] streamMessageJson;
  private byte[] streamResponseJson;
  private dev.chatsdk.googlechat.model.Message googleMessage;
  private byte[] googleMessageJson;
  private ObjectReader streamMessageReader;
  private ObjectReader streamResponseReader;
  private ObjectReader googleMessageReader;
  private ObjectReader plainStreamMessageReader;
  private ObjectReader plainGoogleMessageReader;
  private byte[] timestampJson = "\"2024-05-01T10:05:30.512345Z\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private ObjectReader instantReader;
  private ObjectReader plainInstantReader;

  @Setup
  public void setUp() throws Exception {
    streamSendRequest = Fixtures.streamSendRequest();
    streamResponseJson = Fixtures.STREAM_SEND_RESPONSE;
    streamMessage = Fixtures.decode(streamResponseJson, MessageWithPendingMetadataResponse.class).getMessage();
    streamMessageJson = ChatJson.toBytes(streamMessage);
    googleMessageJson = Fixtures.GOOGLE_MESSAGE_RESPONSE;
    googleMessage = Fixtures.decode(googleMessageJson, dev.chatsdk.googlechat.model.Message.class);
    streamMessageReader = ChatJson.reader(Message.class);
    streamResponseReader = ChatJson.reader(MessageWithPendingMetadataResponse.class);
    googleMessageReader = ChatJson.reader(dev.chatsdk.googlechat.model.Message.class);
    ObjectMapper plain = HandWrittenClient.newMapper();
    plainStreamMessageReader = plain.readerFor(Message.class);
    plainGoogleMessageReader = plain.readerFor(dev.chatsdk.googlechat.model.Message.class);
    instantReader = ChatJson.reader(java.time.Instant.class);
    plainInstantReader = plain.readerFor(java.time.Instant.class);
  }

  /** One RFC 3339 timestamp (Stream's message JSON has about ten). */
  @Benchmark
  public java.time.Instant decodeTimestamp() throws Exception {
    return instantReader.readValue(timestampJson);
  }

  @Benchmark
  public java.time.Instant decodeTimestampPlainMapper() throws Exception {
    return plainInstantReader.readValue(timestampJson);
  }

  @Benchmark
  public byte[] streamEncodeSendMessageRequest() {
    return ChatJson.toBytes(streamSendRequest);
  }

  @Benchmark
  public byte[] streamEncodeMessage() {
    return ChatJson.toBytes(streamMessage);
  }

  @Benchmark
  public Message streamDecodeMessage() throws Exception {
    return streamMessageReader.readValue(streamMessageJson);
  }

  @Benchmark
  public Message streamDecodeMessagePlainMapper() throws Exception {
    return plainStreamMessageReader.readValue(streamMessageJson);
  }

  @Benchmark
  public MessageWithPendingMetadataResponse streamDecodeSendMessageResponse() throws Exception {
    return streamResponseReader.readValue(streamResponseJson);
  }

  @Benchmark
  public byte[] googleEncodeMessageWithCard() {
    return ChatJson.toBytes(googleMessage);
  }

  @Benchmark
  public dev.chatsdk.googlechat.model.Message googleDecodeMessageWithCard() throws Exception {
    return googleMessageReader.readValue(googleMessageJson);
  }

  @Benchmark
  public dev.chatsdk.googlechat.model.Message googleDecodeMessageWithCardPlainMapper() throws Exception {
    return plainGoogleMessageReader.readValue(googleMessageJson);
  }
}
