"""clean_text on hand-written lines: placeholders, repeated labels, and scripts without spaces."""

from __future__ import annotations

from pipelines.extract.cleanup import clean_text, word_count


def test_repeated_embed_placeholders_and_consent_notes_go():
    text = "\n".join([
        "The bridge reopened on Monday after six weeks of repairs to its deck.",
        "External content not available",
        "Your privacy settings prevent loading this chart. Change them to see it.",
        "Engineers replaced the worn joints and resurfaced both lanes.",
        "External content not available",
        "Traffic is expected to return to normal levels by the end of the week.",
    ])
    cleaned = clean_text(text)
    assert "External content" not in cleaned
    assert "privacy settings" not in cleaned
    assert "Engineers replaced the worn joints" in cleaned
    assert cleaned.count("\n") == 2


def test_a_label_seen_once_stays():
    text = "The bridge reopened on Monday after repairs.\nWhat changes for drivers\nBoth lanes are open again."
    assert "What changes for drivers" in clean_text(text)


def test_last_japanese_paragraph_is_not_a_trailing_fragment():
    last = "市は来月から新しい橋の通行を再開し、周辺の道路も順次整備する予定だという。【地方支局】"
    text = "市内の古い橋の補修工事が終わり、月曜日に式典が開かれた。\n" + last
    assert clean_text(text).endswith(last)


def test_word_count_counts_han_and_kana_two_characters_a_word():
    assert word_count("two plain words") == 3
    assert word_count("新しい橋") == 2


def test_comment_invitations_and_developing_story_notes_go():
    text = "\n".join([
        "The harbour ferry returned to service on Tuesday after its winter overhaul.",
        "Read the conversation between the captain and the harbour master, released by the port on Monday.",
        "Crews replaced both engines and repainted the hull in the dry dock.",
        "This is a developing story - more to follow",
        "This article will be updated as the port publishes its timetable.",
        "Dieser Artikel wird laufend aktualisiert.",
        "Join lively conversations, follow other Harbour Post readers and see their replies",
    ])
    cleaned = clean_text(text)
    assert cleaned.split("\n") == [
        "The harbour ferry returned to service on Tuesday after its winter overhaul.",
        "Read the conversation between the captain and the harbour master, released by the port on Monday.",
        "Crews replaced both engines and repainted the hull in the dry dock.",
    ]
