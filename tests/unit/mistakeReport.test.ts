import { describe, expect, it } from 'vitest';
import { mailtoHref, mistakeReport, pageReportTemplate } from '../../src/lib/outreach/mistakeReport.ts';
import en from '../../src/locales/en.json';
import zhCN from '../../src/locales/zh-CN.json';

const servicePage = { page: '第34项 心理健康服务', address: 'https://example.org/services/34/', service: 34 };
const zhService = pageReportTemplate(zhCN['report.service.message'], servicePage);
const zhResults = pageReportTemplate(zhCN['report.results.message'], { page: '我的孩子能得到什么？', address: 'https://example.org/check/' });
const answersLink = 'https://example.org/check/#age=9&hukou=other&months=36&stage=primary&insurance=shanghai&needs=disability,dibao';
const answers = (include: boolean) => ({ template: zhCN['report.results.answersLine'], link: answersLink, include });

describe('mistakeReport on a service page', () => {
  it('names the page, its address and the service number, then what the person saw', () => {
    expect(mistakeReport(zhService, '电话打不通').body).toBe(
      '报告错误：第34项 心理健康服务\n这一页的网址：https://example.org/services/34/\n服务编号：34\n您看到了什么错：电话打不通',
    );
  });

  it('takes its first line as the e-mail’s subject', () => {
    expect(mistakeReport(zhService, '电话打不通').subject).toBe('报告错误：第34项 心理健康服务');
  });

  it('does the same in English', () => {
    const template = pageReportTemplate(en['report.service.message'], { ...servicePage, page: 'Service 34 Mental health services' });
    expect(mistakeReport(template, 'The number is wrong.').body).toBe(
      "Mistake report: Service 34 Mental health services\nThis page's address: https://example.org/services/34/\nThe service number: 34\nWhat you saw that is wrong: The number is wrong.",
    );
  });

  it('with nothing written, ends at the question, for the person to carry on after it', () => {
    expect(mistakeReport(zhService, '').body.split('\n').at(-1)).toBe('您看到了什么错：');
    expect(mistakeReport(zhService, '  \n ').body.split('\n').at(-1)).toBe('您看到了什么错：');
  });

  it('keeps what the person wrote as they wrote it, markup and placeholders included, trimmed at its ends', () => {
    const seen = ' 第一行 <b>粗</b> {{address}}\n第二行 ';
    expect(mistakeReport(zhService, seen).body).toContain('您看到了什么错：第一行 <b>粗</b> {{address}}\n第二行');
  });
});

describe('mistakeReport on the results', () => {
  it('carries the questionnaire’s address without the answers while “include my answers” is not ticked', () => {
    const { body } = mistakeReport(zhResults, '第12项不对', answers(false));
    expect(body).toBe('报告错误：我的孩子能得到什么？\n这一页的网址：https://example.org/check/\n您看到了什么错：第12项不对');
    expect(body).not.toContain('age=9');
  });

  it('adds the link with the answers once it is ticked', () => {
    expect(mistakeReport(zhResults, '第12项不对', answers(true)).body).toBe(
      `报告错误：我的孩子能得到什么？\n这一页的网址：https://example.org/check/\n您看到了什么错：第12项不对\n我的答案（打开这个链接能看到同样的结果）：${answersLink}`,
    );
  });

  it('adds no answers when none are given', () => {
    expect(mistakeReport(zhResults, '').body).not.toContain('我的答案');
  });
});

describe('pageReportTemplate', () => {
  it('fills what the page knows and leaves what the person writes', () => {
    expect(zhService).toBe('报告错误：第34项 心理健康服务\n这一页的网址：https://example.org/services/34/\n服务编号：34\n您看到了什么错：{{seen}}');
  });
});

describe('mailtoHref', () => {
  it('opens a message to the address with the subject and the body written, line breaks as CRLF', () => {
    const href = mailtoHref('mistakes@example.org', mistakeReport(zhService, '电话打不通'));
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('mistakes@example.org');
    expect(url.searchParams.get('subject')).toBe('报告错误：第34项 心理健康服务');
    expect(url.searchParams.get('body')).toBe(
      '报告错误：第34项 心理健康服务\r\n这一页的网址：https://example.org/services/34/\r\n服务编号：34\r\n您看到了什么错：电话打不通',
    );
  });

  it('keeps characters that mean something in an address inside the body', () => {
    const href = mailtoHref('mistakes@example.org', { subject: 'a&b', body: `x?y#z&cc=someone@example.org\n${answersLink}` });
    expect(href).not.toContain('&cc=');
    const url = new URL(href);
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(url.searchParams.get('body')).toBe(`x?y#z&cc=someone@example.org\r\n${answersLink}`);
  });
});
