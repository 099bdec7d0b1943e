"""A component class's style holding only the rules the stylesheet sets, for painting in Python."""

from __future__ import annotations

from textual.style import Style
from textual.widget import Widget


def component_style(widget: Widget, name: str) -> Style:
    """The style of component class `name` of `widget`, unset rules left unset.

    Translucent backgrounds stay translucent, so a fact tint, a search match and
    the cursor blend over each other instead of one hiding the rest.
    """
    styles = widget.get_component_styles(name)
    has = styles.has_rule
    text = styles.text_style if has("text_style") else None
    return Style(
        background=styles.background if has("background") else None,
        foreground=styles.color if has("color") else None,
        bold=text.bold if text else None,
        dim=text.dim if text else None,
        italic=text.italic if text else None,
        underline=text.underline if text else None,
        reverse=text.reverse if text else None,
        strike=text.strike if text else None,
    )
