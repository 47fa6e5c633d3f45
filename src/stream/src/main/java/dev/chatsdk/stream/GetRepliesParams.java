package dev.chatsdk.stream;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Optional query parameters of {@link MessagesApi#getReplies}: bounds that select a window of a
 * thread's replies by message id or by creation time. Times go on the wire as RFC 3339 (UTC).
 * Immutable.
 */
public final class GetRepliesParams {
  private final @Nullable String idGte;
  private final @Nullable String idGt;
  private final @Nullable String idLte;
  private final @Nullable String idLt;
  private final @Nullable String idAround;
  private final @Nullable Instant createdAtAfterOrEqual;
  private final @Nullable Instant createdAtAfter;
  private final @Nullable Instant createdAtBeforeOrEqual;
  private final @Nullable Instant createdAtBefore;
  private final @Nullable Instant createdAtAround;

  private GetRepliesParams(Builder b) {
    this.idGte = b.idGte;
    this.idGt = b.idGt;
    this.idLte = b.idLte;
    this.idLt = b.idLt;
    this.idAround = b.idAround;
    this.createdAtAfterOrEqual = b.createdAtAfterOrEqual;
    this.createdAtAfter = b.createdAtAfter;
    this.createdAtBeforeOrEqual = b.createdAtBeforeOrEqual;
    this.createdAtBefore = b.createdAtBefore;
    this.createdAtAround = b.createdAtAround;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().idGte(idGte).idGt(idGt).idLte(idLte).idLt(idLt).idAround(idAround)
        .createdAtAfterOrEqual(createdAtAfterOrEqual).createdAtAfter(createdAtAfter)
        .createdAtBeforeOrEqual(createdAtBeforeOrEqual).createdAtBefore(createdAtBefore)
        .createdAtAround(createdAtAround);
  }

  /** {@code id_gte}: replies with an id at or after this one. */
  public @Nullable String getIdGte() {
    return idGte;
  }

  /** {@code id_gt}: replies with an id after this one. */
  public @Nullable String getIdGt() {
    return idGt;
  }

  /** {@code id_lte}: replies with an id at or before this one. */
  public @Nullable String getIdLte() {
    return idLte;
  }

  /** {@code id_lt}: replies with an id before this one (the usual way to load older replies). */
  public @Nullable String getIdLt() {
    return idLt;
  }

  /** {@code id_around}: replies around this message id. */
  public @Nullable String getIdAround() {
    return idAround;
  }

  /** {@code created_at_after_or_equal}. */
  public @Nullable Instant getCreatedAtAfterOrEqual() {
    return createdAtAfterOrEqual;
  }

  /** {@code created_at_after}. */
  public @Nullable Instant getCreatedAtAfter() {
    return createdAtAfter;
  }

  /** {@code created_at_before_or_equal}. */
  public @Nullable Instant getCreatedAtBeforeOrEqual() {
    return createdAtBeforeOrEqual;
  }

  /** {@code created_at_before}. */
  public @Nullable Instant getCreatedAtBefore() {
    return createdAtBefore;
  }

  /** {@code created_at_around}. */
  public @Nullable Instant getCreatedAtAround() {
    return createdAtAround;
  }

  private List<@Nullable Object> values() {
    return Arrays.asList(idGte, idGt, idLte, idLt, idAround, createdAtAfterOrEqual, createdAtAfter,
        createdAtBeforeOrEqual, createdAtBefore, createdAtAround);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GetRepliesParams && values().equals(((GetRepliesParams) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "GetRepliesParams{idGte=" + idGte + ", idGt=" + idGt + ", idLte=" + idLte + ", idLt=" + idLt
        + ", idAround=" + idAround + ", createdAtAfterOrEqual=" + createdAtAfterOrEqual
        + ", createdAtAfter=" + createdAtAfter + ", createdAtBeforeOrEqual=" + createdAtBeforeOrEqual
        + ", createdAtBefore=" + createdAtBefore + ", createdAtAround=" + createdAtAround + '}';
  }

  public static final class Builder {
    private @Nullable String idGte;
    private @Nullable String idGt;
    private @Nullable String idLte;
    private @Nullable String idLt;
    private @Nullable String idAround;
    private @Nullable Instant createdAtAfterOrEqual;
    private @Nullable Instant createdAtAfter;
    private @Nullable Instant createdAtBeforeOrEqual;
    private @Nullable Instant createdAtBefore;
    private @Nullable Instant createdAtAround;

    private Builder() {}

    public Builder idGte(@Nullable String idGte) {
      this.idGte = idGte;
      return this;
    }

    public Builder idGt(@Nullable String idGt) {
      this.idGt = idGt;
      return this;
    }

    public Builder idLte(@Nullable String idLte) {
      this.idLte = idLte;
      return this;
    }

    public Builder idLt(@Nullable String idLt) {
      this.idLt = idLt;
      return this;
    }

    public Builder idAround(@Nullable String idAround) {
      this.idAround = idAround;
      return this;
    }

    public Builder createdAtAfterOrEqual(@Nullable Instant t) {
      this.createdAtAfterOrEqual = t;
      return this;
    }

    public Builder createdAtAfter(@Nullable Instant t) {
      this.createdAtAfter = t;
      return this;
    }

    public Builder createdAtBeforeOrEqual(@Nullable Instant t) {
      this.createdAtBeforeOrEqual = t;
      return this;
    }

    public Builder createdAtBefore(@Nullable Instant t) {
      this.createdAtBefore = t;
      return this;
    }

    public Builder createdAtAround(@Nullable Instant t) {
      this.createdAtAround = t;
      return this;
    }

    public GetRepliesParams build() {
      return new GetRepliesParams(this);
    }
  }
}
