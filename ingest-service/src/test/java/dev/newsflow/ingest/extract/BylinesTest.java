package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylinesTest {

  @ParameterizedTest(name = "[{0}] → authors [{1}], outlet [{2}]")
  @CsvSource(delimiter = '#', nullValues = "-", value = {
      "By Tang Lan ( China Daily)#Tang Lan#China Daily",
      "By Tang Lan (China Daily)#Tang Lan#China Daily",
      "BY ZHANG YI#ZHANG YI#-",
      "By Sarah O'Connor and Jean-Luc Martin#Sarah O'Connor;Jean-Luc Martin#-",
      "By Ludwig van Beethoven#Ludwig van Beethoven#-",
      "Par Claire Dubois#Claire Dubois#-",
      "Von Jonas Weber und Lea Fischer#Jonas Weber;Lea Fischer#-",
      "Von Anna Schmidt | Nordblick#Anna Schmidt#Nordblick",
      "记者 王小明#王小明#-",
      "本报记者 张三 李四#张三;李四#-",
      "记者王小明报道#王小明#-",
      "来源：示例新闻网 作者：王小明#王小明#示例新闻网",
      "记者 李四 王五#李四;王五#-",
      "文/赵六#赵六#-",
      "本报实习生 刘国栋 周炜#刘国栋;周炜#-",
      "本报记者罗科发自北京#罗科#-",
      "By Tang Lan and Li Ming ( China Daily)#Tang Lan;Li Ming#China Daily",
      // Other languages' opening words, with their own "and".
      "Por María López y Juan Pérez#María López;Juan Pérez#-",
      "Por: Ana Souza e Pedro Lima#Ana Souza;Pedro Lima#-",
      "Di Marco Rossi#Marco Rossi#-",
      "Door Jan de Vries en Eva Bakker#Jan de Vries;Eva Bakker#-",
      "Af Lars Hansen og Mette Jensen#Lars Hansen;Mette Jensen#-",
      "Av Anna Andersson#Anna Andersson#-",
      "Autor: Piotr Nowak#Piotr Nowak#-",
      "Written by Sarah Miller#Sarah Miller#-",
      "Автор: Иван Петров#Иван Петров#-",
      "Авторы: Анна Смирнова и Олег Иванов#Анна Смирнова;Олег Иванов#-",
      "بقلم: أحمد علي#أحمد علي#-",
      "كتب: محمد حسن#محمد حسن#-",
      "מאת דנה כהן#דנה כהן#-",
      "โดย สมชาย ใจดี#สมชาย ใจดี#-",
      "本報記者 陳大文#陳大文#-",
      "記者 林小華報導#林小華#-",
      "홍길동 기자#홍길동#-",
      "(서울=연합뉴스) 김철수 기자 =#김철수#-",
      // Roles, dates, e-mail calls and agencies are not names.
      "By Jane Doe, Staff Writer#Jane Doe#-",
      "By Jane Doe, Senior Political Correspondent#Jane Doe#-",
      "By Jane Doe | Updated 5:02 PM ET, Feb 7, 2012#Jane Doe#-",
      "By Jane Doe · 7 February 2012#Jane Doe#-",
      "By Jane Doe Email the author#Jane Doe#-",
      "By Jane Doe @janedoe#Jane Doe#-",
      "By Jane Doe jane.doe@example.org#Jane Doe#-",
      "By Jane Doe, Reuters#Jane Doe#Reuters",
      "Par Claire Dubois, correspondante à Bruxelles#Claire Dubois#-",
      "Von Jonas Weber | Aktualisiert am 07.02.2012#Jonas Weber#-",
  })
  void bylinesGivePersonsAsAuthorsAndOutletsSeparately(String line, String authors, String outlet) {
    Bylines.Byline byline = Bylines.parseLine(line).orElseThrow();

    assertThat(byline.authors()).containsExactlyElementsOf(List.of(authors.split(";")));
    assertThat(byline.outlet()).isEqualTo(outlet);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "By the end of the year, prices had doubled.",
      "by then it was too late",
      "By 2030 the city wants to be carbon neutral",
      "By Staff Reporter",
      "By AFP",
      "Par ailleurs, le gouvernement a annoncé une réforme.",
      "Von 1990 bis 2000 stieg die Zahl deutlich.",
      "记者发现，这里的公交车准点率大幅提升。",
      "文化部今天发布了新的规定",
      "Di fronte alla crisi, il governo ha deciso.",
      "Door de regen werd de wedstrijd afgelast.",
      "Por lo tanto, el plan sigue adelante.",
      "Av de 500 deltagarna kom ingen i mål.",
      "Автор фото: Иван Петров",
      "كتب الرئيس رسالة إلى رئيس الوزراء يطلب فيها عقد اجتماع",
      "By Reuters",
      "記者會今天下午舉行。",
      "",
  })
  void sentencesAndStaffCreditsAreNotBylines(String line) {
    assertThat(Bylines.parseLine(line)).isEmpty();
  }

  @ParameterizedTest(name = "[{0}] → authors [{1}], text [{2}]")
  @CsvSource(delimiter = '#', value = {
      "（记者 张三）据了解，新线路下月开通。#张三#据了解，新线路下月开通。",
      "本报讯 （实习记者 樊亮 张明超 记者惠禾）13岁，正是花季的年龄。#樊亮;张明超;惠禾#13岁，正是花季的年龄。",
      "据新华社拉萨电（记者 格桑边觉）记者近日从农业农村厅了解到。#格桑边觉#记者近日从农业农村厅了解到。",
      "(通讯员 李四、王五) 昨天下午，暴雨袭城。#李四;王五#昨天下午，暴雨袭城。",
  })
  void bracketedLeadBylinesNameTheAuthorsAndLeaveTheText(String paragraph, String authors, String rest) {
    Bylines.Lead lead = Bylines.leadOf(paragraph).orElseThrow();

    assertThat(lead.byline().authors()).containsExactlyElementsOf(List.of(authors.split(";")));
    assertThat(paragraph.substring(lead.end())).isEqualTo(rest);
  }

  @Test
  void aLeadBylineInTheBodyBecomesTheAuthorsAndLeavesTheText() throws ExtractionException {
    String body = "<article><p>（记者 张三 李四）示例市公交集团昨日宣布，新一代智能调度系统正式启用，覆盖全市三百余条线路。</p>"
        + "<p>据介绍，系统上线后，乘客候车时间平均缩短约百分之二十，早晚高峰车辆准点率明显提升，市民出行更加便利。</p></article>";

    ExtractedArticle article = ArticleExtractorTest.extract(ArticleExtractorTest.page("", body), null);

    assertThat(article.authors()).containsExactly("张三", "李四");
    assertThat(article.text()).startsWith("示例市公交集团昨日宣布").doesNotContain("记者");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "（记者节特别报道）今天是第二十四个记者节。",
      "（图为记者采访现场）",
      "本报讯 市民可以通过热线反映问题。",
      "（新华社）北京时间今晨，飞船发射成功。",
      "（记者 示例新闻网）报道如下。",
      "The mayor (by Tang Lan) said so.",
      "",
  })
  void bracketsThatAreNotBylinesStayInTheText(String paragraph) {
    assertThat(Bylines.leadOf(paragraph)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Tang Lan|Tang Lan",
      "Claire Dubois, Marc Petit|Claire Dubois;Marc Petit",
      "China Daily|",
      "https://example.com/authors/tang-lan|",
      "王小明|王小明",
      "云南网|",
      "汉斯出版社, Hans Publishers|",
      "Comsenz UI Team|",
      "By Tang Lan|Tang Lan",
      "Por María López|María López",
  })
  void metadataAuthorsAreFilteredToPersonNames(String value, String expected) {
    List<String> names = Bylines.namesFromMetadata(value, "China Daily");

    assertThat(names).containsExactlyElementsOf(
        expected == null ? List.of() : List.of(expected.split(";")));
  }

  @Property(tries = 500)
  void neverThrowsAndNeverReturnsBlankNames(@ForAll String line) {
    Bylines.parseLine(line).ifPresent(b -> assertThat(b.authors()).allSatisfy(a -> assertThat(a).isNotBlank()));
    assertThat(Bylines.namesFromMetadata(line, null)).allSatisfy(a -> assertThat(a).isNotBlank());
  }

  @Property(tries = 500)
  void aLeadBylineEndsInsideTheParagraphAndNamesSomeone(@ForAll String paragraph) {
    Bylines.leadOf(paragraph).ifPresent(lead -> {
      assertThat(lead.end()).isBetween(1, paragraph.length());
      assertThat(lead.byline().authors()).isNotEmpty().allSatisfy(a -> assertThat(a).isNotBlank());
    });
  }
}
