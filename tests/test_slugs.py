import pytest

from campaignsite.i18n.slugs import fold, slugify


@pytest.mark.parametrize("text, folded", [
    ("Mũi Né", "Mui Ne"),
    ("Phan Thiết", "Phan Thiet"),
    ("Đồi cát đỏ", "Doi cat do"),
    ("đầu tư", "dau tu"),
    ("Hội tụ xanh", "Hoi tu xanh"),
    ("Bàu Trắng", "Bau Trang"),
])
def test_fold_removes_vietnamese_diacritics_and_folds_d(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize("heading, anchor", [
    ("Đồi cát", "doi-cat"),
    ("Đồi cát và biển", "doi-cat-va-bien"),
    ("Năm Du lịch quốc gia 2023", "nam-du-lich-quoc-gia-2023"),
    ("CPTPP, EVFTA & RCEP", "cptpp-evfta-rcep"),
    ("Hoàng Sa / Trường Sa", "hoang-sa-truong-sa"),
    ("Контакты для прессы", "контакты-для-прессы"),
    ("Фантхьет (Phan Thiết)", "фантхьет-phan-thiet"),
    ("항구 축제 2027", "항구-축제-2027"),
])
def test_heading_anchor_keeps_vietnamese_letters_readable(heading, anchor):
    assert slugify(heading, "-") == anchor
