package dev.newsflow.enrich.entities.models;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads one entry of a zip archive on an HTTP server without downloading the archive: the end
 * record and central directory from the tail, then the entry's local header and compressed bytes,
 * each with a {@code Range} request. A server that ignores {@code Range} (answers 200) is read as a
 * stream up to the end of the entry and no further.
 */
final class RangeZipReader {
  private static final int END_RECORD = 22;
  /** The end record plus the longest archive comment a zip can have. */
  static final int TAIL = END_RECORD + 0xFFFF;
  private static final int MAX_CENTRAL_DIRECTORY = 64 << 20;
  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

  private final HttpClient http;
  private final long maxEntryBytes;
  private final StalledBodyGuard stallGuard;

  RangeZipReader(HttpClient http, long maxEntryBytes, StalledBodyGuard stallGuard) {
    this.http = http;
    this.maxEntryBytes = maxEntryBytes;
    this.stallGuard = stallGuard;
  }

  /**
   * Writes the uncompressed bytes of {@code entry} of the zip at {@code url} to {@code out},
   * checked against the size and CRC the archive records.
   *
   * @return the number of bytes written
   * @throws ModelFetchException for every failure, with its reason
   */
  long copyEntry(URI url, String entry, OutputStream out) throws IOException {
    HttpResponse<InputStream> tail = get(url, "bytes=-" + TAIL);
    if (tail.statusCode() == 200) {
      try (InputStream body = stallGuard.watch(url, tail.body())) {
        return streamEntry(url, entry, body, out);
      }
    }
    long tailStart;
    byte[] tailBytes;
    try (InputStream body = partial(url, tail)) {
      tailStart = contentRange(url, tail)[0];
      tailBytes = readAtMost(body, TAIL, url);
    }
    ByteBuffer end = endRecord(url, tailBytes);
    long directorySize = Integer.toUnsignedLong(end.getInt(12));
    long directoryOffset = Integer.toUnsignedLong(end.getInt(16));
    if (directoryOffset == 0xFFFFFFFFL || directorySize == 0xFFFFFFFFL) {
      throw new ModelFetchException(ModelFetchException.NOT_A_ZIP, url + " is a zip64 archive, which is not supported");
    }
    if (directorySize > MAX_CENTRAL_DIRECTORY) {
      throw new ModelFetchException(ModelFetchException.TOO_LARGE, "central directory of " + url + " is " + directorySize + " bytes");
    }
    byte[] directory;
    if (directoryOffset >= tailStart && directoryOffset + directorySize <= tailStart + tailBytes.length) {
      int from = (int) (directoryOffset - tailStart);
      directory = java.util.Arrays.copyOfRange(tailBytes, from, from + (int) directorySize);
    } else {
      directory = range(url, directoryOffset, directorySize);
    }
    EntryLocation location = find(url, directory, entry);
    if (location.size() > maxEntryBytes) {
      throw new ModelFetchException(ModelFetchException.TOO_LARGE,
          entry + " in " + url + " is " + location.size() + " bytes, more than " + maxEntryBytes);
    }
    ByteBuffer local = ByteBuffer.wrap(range(url, location.headerOffset(), 30)).order(ByteOrder.LITTLE_ENDIAN);
    if (local.getInt(0) != 0x04034b50) {
      throw new ModelFetchException(ModelFetchException.NOT_A_ZIP, "no local header for " + entry + " in " + url);
    }
    long dataStart = location.headerOffset() + 30 + Short.toUnsignedInt(local.getShort(26)) + Short.toUnsignedInt(local.getShort(28));
    if (location.compressedSize() == 0) {
      return copyChecked(entry, InputStream.nullInputStream(), location, out);
    }
    HttpResponse<InputStream> data = get(url, "bytes=" + dataStart + "-" + (dataStart + location.compressedSize() - 1));
    try (InputStream body = partial(url, data)) {
      if (contentRange(url, data)[0] != dataStart) {
        throw new ModelFetchException(ModelFetchException.HTTP_STATUS, url + " answered another range than asked for");
      }
      InputStream compressed = new BoundedInputStream(body, location.compressedSize());
      InputStream raw = location.method() == ZipEntry.STORED ? compressed : new InflaterInputStream(compressed, new Inflater(true), 64 << 10);
      return copyChecked(entry, raw, location, out);
    }
  }

  private record EntryLocation(int method, long crc, long compressedSize, long size, long headerOffset) {}

  private long copyChecked(String entry, InputStream raw, EntryLocation location, OutputStream out) throws IOException {
    CRC32 crc = new CRC32();
    long written = 0;
    byte[] buffer = new byte[64 << 10];
    try {
      for (int n; (n = raw.read(buffer)) > 0; ) {
        written += n;
        if (written > location.size()) {
          throw corrupt(entry, "more bytes than the recorded " + location.size());
        }
        crc.update(buffer, 0, n);
        out.write(buffer, 0, n);
      }
    } catch (EOFException | ZipException e) {
      throw corrupt(entry, "compressed data ends early or is damaged after " + written + " bytes (" + e.getMessage() + ")");
    } catch (ModelFetchException e) {
      throw e;
    } catch (IOException e) {
      throw corrupt(entry, "transfer broke off after " + written + " bytes (" + e + ")");
    }
    if (written != location.size() || crc.getValue() != location.crc()) {
      throw corrupt(entry, written + " bytes with CRC " + Long.toHexString(crc.getValue()) + ", expected "
          + location.size() + " bytes with CRC " + Long.toHexString(location.crc()));
    }
    return written;
  }

  /** Fallback for a server without ranges: walk the archive from the start to the entry. */
  private long streamEntry(URI url, String entry, InputStream body, OutputStream out) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(body, StandardCharsets.UTF_8)) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals(entry)) {
          CRC32 crc = new CRC32();
          long written = 0;
          byte[] buffer = new byte[64 << 10];
          for (int n; (n = zip.read(buffer)) > 0; ) {
            written += n;
            if (written > maxEntryBytes) {
              throw new ModelFetchException(ModelFetchException.TOO_LARGE, entry + " in " + url + " is more than " + maxEntryBytes + " bytes");
            }
            crc.update(buffer, 0, n);
            out.write(buffer, 0, n);
          }
          // ZipInputStream checks size and CRC itself when the entry ends; these are for entries
          // whose header already gave them
          if ((e.getSize() >= 0 && e.getSize() != written) || (e.getCrc() >= 0 && e.getCrc() != crc.getValue())) {
            throw corrupt(entry, "size or CRC does not match the archive's record");
          }
          return written;
        }
      }
    } catch (EOFException | ZipException e) {
      throw corrupt(entry, "archive from " + url + " ends early or is damaged (" + e.getMessage() + ")");
    }
    throw new ModelFetchException(ModelFetchException.NO_SUCH_ENTRY, url + " has no entry " + entry);
  }

  private static ByteBuffer endRecord(URI url, byte[] tail) {
    ByteBuffer buffer = ByteBuffer.wrap(tail).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = tail.length - END_RECORD; i >= 0; i--) {
      if (buffer.getInt(i) == 0x06054b50 && i + END_RECORD + Short.toUnsignedInt(buffer.getShort(i + 20)) == tail.length) {
        return buffer.slice(i, END_RECORD).order(ByteOrder.LITTLE_ENDIAN);
      }
    }
    throw new ModelFetchException(ModelFetchException.NOT_A_ZIP, "no zip end record at the end of " + url);
  }

  private static EntryLocation find(URI url, byte[] directory, String entry) {
    ByteBuffer cd = ByteBuffer.wrap(directory).order(ByteOrder.LITTLE_ENDIAN);
    int p = 0;
    while (p + 46 <= directory.length) {
      if (cd.getInt(p) != 0x02014b50) {
        throw new ModelFetchException(ModelFetchException.NOT_A_ZIP, "damaged central directory in " + url);
      }
      int nameLength = Short.toUnsignedInt(cd.getShort(p + 28));
      int extraLength = Short.toUnsignedInt(cd.getShort(p + 30));
      int commentLength = Short.toUnsignedInt(cd.getShort(p + 32));
      if (p + 46 + nameLength > directory.length) {
        break;
      }
      String name = new String(directory, p + 46, nameLength, StandardCharsets.UTF_8);
      if (name.equals(entry)) {
        int method = Short.toUnsignedInt(cd.getShort(p + 10));
        if (method != ZipEntry.STORED && method != ZipEntry.DEFLATED) {
          throw new ModelFetchException(ModelFetchException.NOT_A_ZIP, entry + " uses compression method " + method);
        }
        long compressed = Integer.toUnsignedLong(cd.getInt(p + 20));
        long size = Integer.toUnsignedLong(cd.getInt(p + 24));
        long offset = Integer.toUnsignedLong(cd.getInt(p + 42));
        if (compressed == 0xFFFFFFFFL || size == 0xFFFFFFFFL || offset == 0xFFFFFFFFL) {
          throw new ModelFetchException(ModelFetchException.NOT_A_ZIP, entry + " is a zip64 entry, which is not supported");
        }
        return new EntryLocation(method, Integer.toUnsignedLong(cd.getInt(p + 16)), compressed, size, offset);
      }
      p += 46 + nameLength + extraLength + commentLength;
    }
    throw new ModelFetchException(ModelFetchException.NO_SUCH_ENTRY, url + " has no entry " + entry);
  }

  private byte[] range(URI url, long offset, long length) throws IOException {
    HttpResponse<InputStream> response = get(url, "bytes=" + offset + "-" + (offset + length - 1));
    try (InputStream body = partial(url, response)) {
      if (contentRange(url, response)[0] != offset) {
        throw new ModelFetchException(ModelFetchException.HTTP_STATUS, url + " answered another range than asked for");
      }
      byte[] bytes = readAtMost(body, (int) length, url);
      if (bytes.length != length) {
        throw new ModelFetchException(ModelFetchException.CORRUPT, url + " sent " + bytes.length + " of " + length + " bytes");
      }
      return bytes;
    }
  }

  /** The body of a 206 answer; anything else (mid-way, after the server did honour a range) is an error. */
  private InputStream partial(URI url, HttpResponse<InputStream> response) throws IOException {
    if (response.statusCode() != 206) {
      response.body().close();
      throw new ModelFetchException(ModelFetchException.HTTP_STATUS, url + " answered " + response.statusCode() + " to a range request");
    }
    return stallGuard.watch(url, response.body());
  }

  private static long[] contentRange(URI url, HttpResponse<?> response) {
    String header = response.headers().firstValue("Content-Range").orElse("");
    Matcher m = CONTENT_RANGE.matcher(header.strip());
    if (!m.matches()) {
      throw new ModelFetchException(ModelFetchException.HTTP_STATUS, url + " sent a partial answer without a usable Content-Range: " + header);
    }
    return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
  }

  private HttpResponse<InputStream> get(URI url, String range) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60)).header("Range", range).GET().build();
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (ConnectException | HttpConnectTimeoutException e) {
      throw new ModelFetchException(ModelFetchException.UNREACHABLE, "cannot reach " + url + " (offline?): " + e, e);
    } catch (HttpTimeoutException e) {
      throw new ModelFetchException(ModelFetchException.UNREACHABLE, "no answer from " + url + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while fetching " + url);
    } catch (IOException e) {
      throw new ModelFetchException(ModelFetchException.UNREACHABLE, "cannot fetch " + url + ": " + e, e);
    }
    int status = response.statusCode();
    if (status == 200 || status == 206) {
      return response;
    }
    response.body().close();
    if (status == 404) {
      throw new ModelFetchException(ModelFetchException.NOT_FOUND, url + " answered 404");
    }
    throw new ModelFetchException(ModelFetchException.HTTP_STATUS, url + " answered " + status);
  }

  private static byte[] readAtMost(InputStream in, int max, URI url) throws IOException {
    byte[] bytes = in.readNBytes(max);
    if (in.read() >= 0) {
      throw new ModelFetchException(ModelFetchException.TOO_LARGE, url + " sent more than the " + max + " bytes asked for");
    }
    return bytes;
  }

  private static ModelFetchException corrupt(String entry, String detail) {
    return new ModelFetchException(ModelFetchException.CORRUPT, entry + ": " + detail);
  }

  /** Reads no more than {@code limit} bytes of its source. */
  private static final class BoundedInputStream extends InputStream {
    private final InputStream in;
    private long left;

    BoundedInputStream(InputStream in, long limit) {
      this.in = in;
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }
}
