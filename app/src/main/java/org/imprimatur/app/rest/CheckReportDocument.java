package org.imprimatur.app.rest;

import java.util.List;
import java.util.Map;

import org.imprimatur.spi.check.CheckReport;

/** What one check reported on ad-hoc text, as the API shows it. */
public record CheckReportDocument(String checkId, String version, Map<String, String> models,
                                  List<FindingDocument> findings) {

    static CheckReportDocument of(CheckReport report, String version, String text) {
        return new CheckReportDocument(report.checkId(), version, report.models(), report.findings().stream()
                .map(finding -> FindingDocument.of(report.checkId(), finding, text)).toList());
    }
}
