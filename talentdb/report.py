"""One self-contained HTML page: timeline lanes per organisation, a talent-flow drawing and the event table.

    >>> from talentdb.report import render_report
    >>> page = render_report(events, flows, title="OpenAI, autumn 2024")

No network at view time: no scripts, fonts or stylesheets from elsewhere, the drawings are inline SVG and
the CSS is inline, so the file can be mailed or archived as it is. Every string that came from an
article (names, roles, evidence, titles) is HTML-escaped: article text is untrusted.

Choices where the brief was silent:

* Lanes are ordered by number of events (the article's subject first), then by name; events without
  an organisation get a lane "(no organisation)".
* An event whose date covers a month, quarter or year also gets a faint bar over that period, so
  "in 2021" does not look as exact as "on 3 October".
* Retracted events (``status`` other than ``active``) are drawn hollow and struck through in the table.
* The flow drawing has the organisations people left in a left column and the ones they went to in a
  right column (an organisation on both sides gets a box in each), like a Sankey diagram; arrows are
  thicker for more people and labelled with the count and up to three names (all of them in the tooltip).
"""
from __future__ import annotations

import datetime as _dt
from collections import Counter, defaultdict
from html import escape

__all__ = ["render_report", "TYPE_COLOURS"]

TYPE_COLOURS = {
    "departure": "#d1495b",
    "hire": "#2a9d8f",
    "promotion": "#3d74b6",
    "funding": "#e09f1f",
    "founding": "#8e5ab5",
}
OTHER_COLOUR = "#7a7a7a"
NO_ORG = "(no organisation)"

# Timeline geometry (SVG user units; the SVG scales down to the window width).
WIDTH = 1200
LABEL_WIDTH = 190
PLOT_LEFT = LABEL_WIDTH + 20
PLOT_RIGHT = WIDTH - 30
AXIS_HEIGHT = 46
LANE_HEIGHT = 50
UNDATED_LINE_HEIGHT = 18
MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def render_report(
    events: list[dict],
    flows: list[dict],
    *,
    title: str = "talentdb report",
    generated_at: str | None = None,
    table_events: list[dict] | None = None,
    note: str | None = None,
) -> str:
    """The whole page as a string (UTF-8 when written out; the page says so in its <meta charset>).

    ``table_events``: the events the table lists when they are not ``events`` (the timeline's); ``note``: a line
    under the summary saying what the page leaves out (see talentdb.report_scope)."""
    table_events = events if table_events is None else table_events
    if generated_at is None:
        generated_at = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    orgs = {event.get("org") or NO_ORG for event in events}
    dates = [d for d in (_event_date(e) for e in events) if d is not None]
    span = f"{min(dates).isoformat()} – {max(dates).isoformat()}" if dates else "no dated events"
    summary = f"{len(events)} events · {len(orgs)} organisations · {span} · generated {generated_at}"
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            # Belt and braces for "no network": the browser may not fetch anything for this page.
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">",
            f"<title>{_e(title)}</title>",
            f"<style>{CSS}</style>",
            "</head>",
            "<body>",
            "<main>",
            f"<h1>{_e(title)}</h1>",
            f'<p class="summary">{_e(summary)}</p>',
            f'<p class="summary">{_e(note)}</p>' if note else "",
            _legend(),
            '<section id="timeline">',
            "<h2>Timeline by organisation</h2>",
            _timeline_svg(events) if events else '<p class="empty">No events.</p>',
            "</section>",
            '<section id="flows">',
            "<h2>Talent flow</h2>",
            _flow_svg(flows) if flows else '<p class="empty">No moves between organisations.</p>',
            "</section>",
            '<section id="events">',
            "<h2>Events</h2>",
            _event_table(table_events) if table_events else '<p class="empty">No events.</p>',
            "</section>",
            "</main>",
            "</body>",
            "</html>",
        ]
    )


def _e(value) -> str:
    """Escape anything for HTML text and attribute values (quotes too)."""
    return escape("" if value is None else str(value), quote=True)


def _colour(event_type) -> str:
    return TYPE_COLOURS.get(str(event_type), OTHER_COLOUR)


def _legend() -> str:
    items = "".join(
        f'<span class="legend-item"><span class="swatch" style="background:{colour}"></span>{_e(kind)}</span>'
        for kind, colour in TYPE_COLOURS.items()
    )
    return f'<p class="legend">{items}</p>'


# ------------------------------------------------------------------------------------------ dates


def _event_date(event: dict) -> _dt.date | None:
    value = event.get("date")
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _add_months(day: _dt.date, months: int) -> _dt.date:
    index = day.year * 12 + day.month - 1 + months
    return _dt.date(index // 12, index % 12 + 1, 1)


def _period_end(day: _dt.date, precision) -> _dt.date | None:
    """The day after the period a vague date stands for (None for day/week precision: a dot says enough)."""
    if precision == "month":
        return _add_months(day.replace(day=1), 1)
    if precision == "quarter":
        return _add_months(day.replace(day=1), 3)
    if precision == "year":
        return _dt.date(day.year + 1, 1, 1)
    return None


class _TimeScale:
    """Maps dates to x, from the first of the earliest month to the first of the month after the latest."""

    def __init__(self, dates: list[_dt.date]):
        start = min(dates).replace(day=1)
        end = _add_months(max(dates).replace(day=1), 1)
        months = (end.year - start.year) * 12 + end.month - start.month
        if months < 6:  # a single week would fill the page: show at least half a year around it
            pad = (6 - months + 1) // 2
            start, end = _add_months(start, -pad), _add_months(end, 6 - months - pad)
        self.start, self.end = start, end
        self.days = (end - start).days

    def x(self, day: _dt.date) -> float:
        day = min(max(day, self.start), self.end)
        return PLOT_LEFT + (day - self.start).days / self.days * (PLOT_RIGHT - PLOT_LEFT)

    def months(self) -> list[_dt.date]:
        found, day = [], self.start
        while day <= self.end:
            found.append(day)
            day = _add_months(day, 1)
        return found


def _axis(scale: _TimeScale, lanes_bottom: float) -> list[str]:
    months = scale.months()
    month_px = (PLOT_RIGHT - PLOT_LEFT) / max(1, len(months) - 1)
    # Label as many months as fit (about 40 units each); years always, thinned out on very long spans.
    step = next((s for s in (1, 2, 3, 6) if month_px * s >= 40), None)
    year_step = next((s for s in (1, 2, 5, 10, 20, 50) if month_px * 12 * s >= 40), 100)
    parts = ['<g class="axis">']
    parts.append(f'<line x1="{PLOT_LEFT}" y1="{AXIS_HEIGHT}" x2="{PLOT_RIGHT}" y2="{AXIS_HEIGHT}" class="axis-line"/>')
    for day in months:
        x = round(scale.x(day), 1)
        if day.month == 1:
            if day.year % year_step == 0 or year_step == 1:
                parts.append(f'<line x1="{x}" y1="{AXIS_HEIGHT - 14}" x2="{x}" y2="{lanes_bottom}" class="year-grid"/>')
                parts.append(f'<text x="{x + 3}" y="{AXIS_HEIGHT - 26}" class="year-label">{day.year}</text>')
        elif step and (day.month - 1) % step == 0:
            parts.append(f'<line x1="{x}" y1="{AXIS_HEIGHT - 6}" x2="{x}" y2="{lanes_bottom}" class="month-grid"/>')
            parts.append(f'<text x="{x + 2}" y="{AXIS_HEIGHT - 10}" class="month-label">{MONTH_NAMES[day.month - 1]}</text>')
    if scale.start.month != 1:  # the first month carries the year so the reader knows where they are
        parts.append(f'<text x="{PLOT_LEFT + 3}" y="{AXIS_HEIGHT - 26}" class="year-label">{scale.start.year}</text>')
    parts.append("</g>")
    return parts


# --------------------------------------------------------------------------------------- timeline


def _lanes(events: list[dict]) -> list[tuple[str, list[dict]]]:
    by_org: dict[str, list[dict]] = defaultdict(list)
    for event in events:
        by_org[event.get("org") or NO_ORG].append(event)
    return sorted(by_org.items(), key=lambda item: (-len(item[1]), item[0] == NO_ORG, item[0].lower()))


def _marker_tooltip(event: dict) -> str:
    when = event.get("date") or "undated"
    if event.get("date_text"):
        when = f"{when} ({event['date_text']})"
    words = [when, event.get("type"), event.get("person"), event.get("role") or event.get("role_raw")]
    if event.get("counterparty"):
        words.append(f"→ {event['counterparty']}")
    if event.get("amount") is not None:
        words.append(_amount(event))
    return " ".join(str(word) for word in words if word)


def _text_width(text: str, size: float) -> float:
    """Rough rendered width: CJK characters are square, Latin ones about half as wide."""
    return sum(size if ord(ch) > 0x2E80 else size * 0.56 for ch in text)


def _wrap(text: str, width: float, size: float) -> list[str]:
    lines, line = [], ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if _text_width(candidate, size) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _timeline_svg(events: list[dict]) -> str:
    lanes = _lanes(events)
    dated = [d for d in (_event_date(e) for e in events) if d is not None]
    scale = _TimeScale(dated) if dated else None
    body: list[str] = []
    y = AXIS_HEIGHT + 8
    for index, (org, lane_events) in enumerate(lanes):
        undated = [e for e in lane_events if _event_date(e) is None]
        undated_text = "undated: " + " · ".join(
            " ".join(str(w) for w in (e.get("person") or "—", f"({e.get('type')})") if w) for e in undated
        )
        undated_lines = _wrap(undated_text, PLOT_RIGHT - PLOT_LEFT, 12) if undated else []
        height = LANE_HEIGHT + len(undated_lines) * UNDATED_LINE_HEIGHT
        centre = y + LANE_HEIGHT / 2
        body.append(f'<g class="lane" data-org="{_e(org)}">')
        body.append(
            f'<rect x="0" y="{y}" width="{WIDTH}" height="{height}" class="lane-bg {"odd" if index % 2 else "even"}"/>'
        )
        label_lines = _wrap(org, LABEL_WIDTH - 16, 14)[:2]
        for line_no, line in enumerate(label_lines):
            offset = (line_no - (len(label_lines) - 1) / 2) * 16 + 5
            body.append(f'<text x="12" y="{centre + offset:.1f}" class="lane-label">{_e(_short(line, 28))}</text>')
        if scale:
            body.append(f'<line x1="{PLOT_LEFT}" y1="{centre}" x2="{PLOT_RIGHT}" y2="{centre}" class="lane-line"/>')
            body.extend(_lane_markers(lane_events, scale, centre))
        for line_no, line in enumerate(undated_lines):
            line_y = y + LANE_HEIGHT + line_no * UNDATED_LINE_HEIGHT + 4
            body.append(f'<text x="{PLOT_LEFT}" y="{line_y}" class="undated">{_e(line)}</text>')
        body.append("</g>")
        y += height
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {WIDTH} {y + 6}" '
             f'width="{WIDTH}" height="{y + 6}" role="img" aria-label="Timeline of events by organisation">']
    if scale:
        parts.extend(_axis(scale, y))
    parts.extend(body)
    parts.append("</svg>")
    return "\n".join(parts)


def _lane_markers(lane_events: list[dict], scale: _TimeScale, centre: float) -> list[str]:
    parts = []
    same_day = Counter()
    label_right_edges: list[float] = [-1e9, -1e9]  # last label end, above and below the line
    dated = sorted((e for e in lane_events if _event_date(e) is not None), key=_event_date)
    for event in dated:
        day = _event_date(event)
        x = scale.x(day)
        colour = _colour(event.get("type"))
        end = _period_end(day, event.get("date_precision"))
        if end is not None:
            width = max(2.0, scale.x(end) - x)
            parts.append(f'<rect x="{x:.1f}" y="{centre - 4}" width="{width:.1f}" height="8" rx="3" '
                         f'class="period" fill="{colour}"/>')
        # Several events on one day (three executives leaving at once) fan out instead of hiding each other.
        nth = same_day[(day, event.get("type"))]
        same_day[(day, event.get("type"))] += 1
        cx = x + nth * 7
        retracted = event.get("status") not in (None, "active")
        fill = "white" if retracted else colour
        parts.append(
            f'<circle cx="{cx:.1f}" cy="{centre}" r="6" class="event-marker type-{_e(event.get("type"))}" '
            f'fill="{fill}" stroke="{colour}" data-event-id="{_e(event.get("id"))}">'
            f"<title>{_e(_marker_tooltip(event))}</title></circle>"
        )
        label = _short(str(event.get("person") or event.get("type") or ""), 18)
        if label:
            # Alternate labels above and below the line; skip one that would overprint its neighbour.
            side = 0 if label_right_edges[0] <= label_right_edges[1] else 1
            width = _text_width(label, 11)
            left, anchor = cx - 4, "start"
            if left + width > WIDTH - 6:  # near the right edge the label ends at the marker instead
                left, anchor = cx + 4 - width, "end"
            if left > label_right_edges[side]:
                label_y = centre - 11 if side == 0 else centre + 20
                x_attr = cx - 4 if anchor == "start" else cx + 4
                parts.append(f'<text x="{x_attr:.1f}" y="{label_y}" text-anchor="{anchor}" '
                             f'class="marker-label">{_e(label)}</text>')
                label_right_edges[side] = left + width + 6
    return parts


# ------------------------------------------------------------------------------------------- flows

BOX_WIDTH = 230
BOX_HEIGHT = 40
BOX_GAP = 22
FLOW_LEFT_X = 20
FLOW_RIGHT_X = WIDTH - 20 - BOX_WIDTH


def _flow_svg(flows: list[dict]) -> str:
    flows = [f for f in flows if (f.get("count") or 0) > 0 or f.get("names")]
    if not flows:
        return '<p class="empty">No moves between organisations.</p>'
    out_total: Counter = Counter()
    in_total: Counter = Counter()
    for flow in flows:
        out_total[_org(flow.get("from_org"))] += _count(flow)
        in_total[_org(flow.get("to_org"))] += _count(flow)
    sources = sorted(out_total, key=lambda org: (-out_total[org], org.lower()))
    targets = sorted(in_total, key=lambda org: (-in_total[org], org.lower()))
    rows = max(len(sources), len(targets))
    height = 40 + rows * (BOX_HEIGHT + BOX_GAP) + 20
    top = 40

    def box_y(index: int, count: int) -> float:  # centre the shorter column against the longer one
        return top + (rows - count) * (BOX_HEIGHT + BOX_GAP) / 2 + index * (BOX_HEIGHT + BOX_GAP)

    source_y = {org: box_y(i, len(sources)) for i, org in enumerate(sources)}
    target_y = {org: box_y(i, len(targets)) for i, org in enumerate(targets)}
    biggest = max(_count(f) for f in flows) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="flow-diagram" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-label="Where people went">',
        '<defs><marker id="arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="14" markerHeight="14" '
        'markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#6b7a8f"/></marker></defs>',
        f'<text x="{FLOW_LEFT_X}" y="22" class="column-title">Left</text>',
        f'<text x="{FLOW_RIGHT_X}" y="22" class="column-title">Joined</text>',
    ]
    label_boxes: list[tuple[float, float, float, float]] = []
    # Thin arrows last so they are drawn on top of thick ones.
    for flow in sorted(flows, key=lambda f: -_count(f)):
        source, target = _org(flow.get("from_org")), _org(flow.get("to_org"))
        x1, y1 = FLOW_LEFT_X + BOX_WIDTH, source_y[source] + BOX_HEIGHT / 2
        x2, y2 = FLOW_RIGHT_X - 2, target_y[target] + BOX_HEIGHT / 2
        bend = (x2 - x1) / 2
        stroke = 2 + 8 * _count(flow) / biggest
        names = [str(n) for n in (flow.get("names") or []) if n]
        shown = ", ".join(names[:3]) + (f" +{len(names) - 3} more" if len(names) > 3 else "")
        label = f"{_count(flow)}" + (f" · {shown}" if shown else "")
        tooltip = f"{source} → {target}: {_count(flow)}" + (f" ({', '.join(names)})" if names else "")
        curve = ((x1, y1), (x1 + bend, y1), (x2 - bend, y2), (x2, y2))
        lx, ly = _place_label(curve, _text_width(label, 12) + 12, label_boxes)
        parts.append(
            f'<g class="flow" data-from="{_e(source)}" data-to="{_e(target)}" data-count="{_count(flow)}">'
            f"<title>{_e(tooltip)}</title>"
            f'<path d="M{x1},{y1:.1f} C{x1 + bend},{y1:.1f} {x2 - bend},{y2:.1f} {x2},{y2:.1f}" '
            f'class="flow-path" stroke-width="{stroke:.1f}" marker-end="url(#arrowhead)"/>'
            f'<rect x="{lx:.1f}" y="{ly - 13:.1f}" width="{_text_width(label, 12) + 12:.1f}" height="19" rx="4" class="flow-label-bg"/>'
            f'<text x="{lx + 6:.1f}" y="{ly:.1f}" class="flow-label">{_e(label)}</text>'
            "</g>"
        )
    for side, orgs, ys, x in (("from", sources, source_y, FLOW_LEFT_X), ("to", targets, target_y, FLOW_RIGHT_X)):
        for org in orgs:
            total = out_total[org] if side == "from" else in_total[org]
            parts.append(
                f'<g class="org-box" data-org="{_e(org)}" data-side="{side}"><title>{_e(org)}: {total}</title>'
                f'<rect x="{x}" y="{ys[org]:.1f}" width="{BOX_WIDTH}" height="{BOX_HEIGHT}" rx="6"/>'
                f'<text x="{x + 12}" y="{ys[org] + 25:.1f}" class="org-name">{_e(_short(org, 24))}</text>'
                f'<text x="{x + BOX_WIDTH - 10}" y="{ys[org] + 25:.1f}" class="org-total" text-anchor="end">{total}</text>'
                "</g>"
            )
    parts.append("</svg>")
    return "\n".join(parts)


def _org(value) -> str:
    return str(value) if value else "(unknown)"


def _count(flow: dict) -> int:
    try:
        return int(flow.get("count") or len(flow.get("names") or []))
    except (TypeError, ValueError):
        return len(flow.get("names") or [])


def _bezier_point(curve, t: float) -> tuple[float, float]:
    (ax, ay), (bx, by), (cx, cy), (dx, dy) = curve
    u = 1 - t
    return (u**3 * ax + 3 * u * u * t * bx + 3 * u * t * t * cx + t**3 * dx,
            u**3 * ay + 3 * u * u * t * by + 3 * u * t * t * cy + t**3 * dy)


def _place_label(curve, width: float, taken: list[tuple[float, float, float, float]]):
    """Put a label on its own arrow, sliding along it (then below it) until it overlaps no earlier label.

    Labels start near the arrow head: arrows fan out from a busy source, so that end is less crowded.
    """
    def box_at(x, y):
        return (x - width / 2, y - 13 + 4, x + width / 2, y + 6 + 4)

    def free(box):
        return not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in taken)

    for t in (0.72, 0.62, 0.52, 0.42, 0.32, 0.8):
        x, y = _bezier_point(curve, t)
        if free(box_at(x, y)):
            taken.append(box_at(x, y))
            return x - width / 2, y + 4
    x, y = _bezier_point(curve, 0.72)
    for _ in range(60):
        y += 21
        if free(box_at(x, y)):
            break
    taken.append(box_at(x, y))
    return x - width / 2, y + 4


# ------------------------------------------------------------------------------------------- table


def _amount(event: dict) -> str:
    amount = event.get("amount")
    if amount is None:
        return ""
    try:
        number = float(amount)
        text = f"{number:,.0f}" if number.is_integer() else f"{number:,.2f}"
    except (TypeError, ValueError):
        text = str(amount)
    return f"{text} {event.get('currency') or ''}".strip()


def _event_table(events: list[dict]) -> str:
    head = ["id", "date", "type", "person", "organisation", "role", "went to / investors", "amount",
            "evidence", "source", "confidence"]
    rows = ["<table>", "<thead><tr>" + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr></thead>", "<tbody>"]
    for event in events:
        status = event.get("status") or "active"
        when = _e(event.get("date") or "—")
        if event.get("date_text"):
            when += f'<br><span class="sub">{_e(event["date_text"])}</span>'
        role = _e(event.get("role") or "")
        if event.get("role_raw") and event.get("role_raw") != event.get("role"):
            role += f'<br><span class="sub">{_e(event["role_raw"])}</span>'
        confidence = event.get("confidence")
        confidence_text = f"{confidence:.2f}" if isinstance(confidence, (int, float)) else _e(confidence or "")
        source = _e(event.get("source") or "")
        if event.get("source_id") is not None:
            source += f' <span class="sub">#{_e(event["source_id"])}</span>'
        kind = event.get("type")
        cells = [
            _e(event.get("id")),
            when,
            f'<span class="type-tag" style="background:{_colour(kind)}">{_e(kind)}</span>'
            + ("" if status == "active" else f' <span class="sub">{_e(status)}</span>'),
            _e(event.get("person") or ""),
            _e(event.get("org") or ""),
            role,
            _e(event.get("counterparty") or ""),
            _e(_amount(event)),
            f'<span class="evidence">{_e(event.get("evidence") or "")}</span>',
            source,
            confidence_text,
        ]
        row_class = "event" if status == "active" else "event retracted"
        rows.append(f'<tr class="{row_class}" data-event-id="{_e(event.get("id"))}">'
                    + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    rows.extend(["</tbody>", "</table>"])
    return "\n".join(rows)


CSS = """
:root { color-scheme: light; }
body { margin: 0; background: #f6f7f9; color: #1f2933;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "PingFang TC", "PingFang SC", "Hiragino Sans", "Microsoft JhengHei", "Microsoft YaHei",
    "Noto Sans CJK TC", "Noto Sans CJK SC", "Source Han Sans TC", "Source Han Sans SC",
    "WenQuanYi Micro Hei", sans-serif;
  font-size: 15px; line-height: 1.5; }
main { max-width: 1240px; margin: 0 auto; padding: 24px 20px 60px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 34px 0 10px; border-bottom: 1px solid #d9dee5; padding-bottom: 4px; }
.summary { color: #52606d; margin: 0 0 10px; }
.legend-item { margin-right: 16px; white-space: nowrap; }
.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 50%; margin-right: 5px; vertical-align: -1px; }
.empty { color: #7b8794; font-style: italic; }
svg { display: block; max-width: 100%; height: auto; background: #fff; border: 1px solid #d9dee5; border-radius: 6px;
  font-family: inherit; }
.axis-line { stroke: #9aa5b1; }
.year-grid { stroke: #9aa5b1; stroke-width: 1; }
.month-grid { stroke: #e4e7eb; stroke-width: 1; }
.year-label { font-size: 13px; font-weight: 600; fill: #323f4b; }
.month-label { font-size: 11px; fill: #7b8794; }
.lane-bg.even { fill: #ffffff; } .lane-bg.odd { fill: #f5f7fa; }
.lane-label { font-size: 14px; font-weight: 600; fill: #1f2933; }
.lane-line { stroke: #cbd2d9; stroke-dasharray: 3 3; }
.period { opacity: 0.25; }
.event-marker { stroke-width: 2; }
.marker-label { font-size: 11px; fill: #3e4c59; }
.undated { font-size: 12px; fill: #616e7c; font-style: italic; }
.column-title { font-size: 13px; font-weight: 600; fill: #7b8794; text-transform: uppercase; letter-spacing: .05em; }
.org-box rect { fill: #eef2f7; stroke: #6b7a8f; stroke-width: 1.2; }
.org-name { font-size: 14px; font-weight: 600; fill: #1f2933; }
.org-total { font-size: 12px; fill: #616e7c; }
.flow-path { fill: none; stroke: #6b7a8f; stroke-opacity: .55; }
.flow:hover .flow-path { stroke-opacity: .9; }
.flow-label-bg { fill: #ffffff; fill-opacity: .92; stroke: #cbd2d9; }
.flow-label { font-size: 12px; fill: #1f2933; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 13px; }
th, td { border: 1px solid #d9dee5; padding: 5px 7px; vertical-align: top; text-align: left; }
th { background: #eef2f7; position: sticky; top: 0; }
td .sub, .sub { color: #7b8794; font-size: 12px; }
td:nth-child(2) { white-space: nowrap; }
.type-tag { color: #fff; border-radius: 3px; padding: 0 5px; font-size: 12px; white-space: nowrap; }
.evidence { display: block; max-width: 420px; }
tr.retracted td { color: #9aa5b1; text-decoration: line-through; }
"""
