/** Chinese word segmentation shared by the steps that need it: {@link dev.newsflow.enrich.chinese.ChineseSegmenter}. */
package dev.newsflow.enrich.chinese;
