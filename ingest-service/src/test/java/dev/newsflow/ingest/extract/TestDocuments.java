package dev.newsflow.ingest.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Small PDF, DOCX and ZIP files built when a test runs, so that no binary fixture is committed
 * (shared with the replay tests, which archive them).
 */
public final class TestDocuments {
  private TestDocuments() {}

  /**
   * A one-page PDF with one paragraph per entry of {@code paragraphs} (each short enough for one
   * line), well apart so that they read as separate paragraphs.
   *
   * @param userPassword a password needed to open it, or empty for none
   */
  public static byte[] pdf(String title, String author, Instant created, List<String> paragraphs,
      Optional<String> userPassword) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        text.setLeading(40);
        text.newLineAtOffset(60, 720);
        for (String paragraph : paragraphs) {
          text.showText(paragraph);
          text.newLine();
        }
        text.endText();
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(title);
      info.setAuthor(author);
      if (created != null) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTime(Date.from(created));
        info.setCreationDate(calendar);
      }
      if (userPassword.isPresent()) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner-secret", userPassword.get(), new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A DOCX with the given properties, paragraphs and, when not empty, a one-row table. */
  static byte[] docx(String title, String creator, Instant created, String keywords, List<String> paragraphs,
      List<String> tableRow) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String paragraph : paragraphs) {
        doc.createParagraph().createRun().setText(paragraph);
      }
      if (!tableRow.isEmpty()) {
        XWPFTable table = doc.createTable(1, tableRow.size());
        for (int i = 0; i < tableRow.size(); i++) {
          table.getRow(0).getCell(i).setText(tableRow.get(i));
        }
      }
      var core = doc.getProperties().getCoreProperties();
      core.setTitle(title);
      core.setCreator(creator);
      core.setKeywords(keywords);
      if (created != null) {
        core.setCreated(Optional.of(Date.from(created)));
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An Excel 97-2003 workbook: an OLE2 file like a DOC, but not a document. */
  static byte[] xls() {
    try (var workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.createSheet("Figures").createRow(0).createCell(0).setCellValue("Tonnage");
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A ZIP archive holding one text file. */
  static byte[] zip() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("Not an article, an archive.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.finish();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
