"""The address policy on its own: classes of addresses, numeric host forms, origins, allowed networks."""

from __future__ import annotations

import ipaddress

import pytest
import yaml

from pipelines.config import load_settings
from pipelines.errors import ConfigError
from pipelines.netguard import Policy, address_class, origin, parse_networks, resolve


@pytest.mark.parametrize("address, kind", [
    ("127.0.0.1", "loopback"), ("127.200.0.9", "loopback"), ("::1", "loopback"),
    ("10.1.2.3", "private"), ("172.16.0.1", "private"), ("192.168.1.1", "private"),
    ("169.254.169.254", "link-local"), ("fe80::1", "link-local"),
    ("fd12:3456::1", "unique-local"), ("::ffff:127.0.0.1", "ipv4-mapped"), ("::ffff:8.8.8.8", "ipv4-mapped"),
    ("0.0.0.0", "unspecified"), ("::", "unspecified"), ("224.0.0.1", "multicast"), ("ff02::1", "multicast"),
    ("100.64.0.1", "reserved"), ("192.0.2.10", "private"),
    ("8.8.8.8", None), ("2001:4860:4860::8888", None),
])
def test_address_classes(address, kind):
    assert address_class(ipaddress.ip_address(address)) == kind


@pytest.mark.parametrize("host", ["2130706433", "0x7f.1", "127.1", "017700000001", "0x7f000001"])
def test_numeric_host_forms_resolve_to_loopback_and_are_refused(host):
    assert resolve(host) == (ipaddress.ip_address("127.0.0.1"),)
    refusal = Policy().check(f"http://{host}:8080/admin")
    assert (refusal.kind, refusal.address, str(refusal)) == ("loopback", "127.0.0.1", "loopback address 127.0.0.1")


def test_localhost_by_name_is_refused():
    assert Policy().check("http://localhost/").kind == "loopback"


@pytest.mark.parametrize("a, b", [
    ("http://Example.COM/a", "http://example.com:80/b"),
    ("https://example.com./", "https://example.com:443/x?y"),
    ("http://[::1]/", "http://[::1]:80/"),
])
def test_origins_fill_in_default_ports_and_ignore_case(a, b):
    assert origin(a) == origin(b) is not None


def test_origin_is_scheme_host_and_port():
    assert len({origin("http://h/"), origin("https://h/"), origin("http://h:8080/"), origin("http://g/")}) == 4
    assert origin("file:///etc/passwd") is None and origin("http://h:99999/") is None


def test_own_origin_is_trusted_but_another_port_of_the_same_host_is_not():
    policy = Policy.build(["http://127.0.0.1:8001/feed.xml"])
    assert policy.check("http://127.0.0.1:8001/article/1.html") is None
    assert policy.check("http://127.0.0.1:8002/admin").kind == "loopback"
    assert policy.check("https://127.0.0.1:8001/").kind == "loopback", "another scheme is another origin"


def test_allowed_networks_let_their_addresses_through_mapped_ones_included():
    policy = Policy.build(allowed_networks=["127.0.0.0/8", "fd00::/8"])
    assert policy.check("http://127.0.0.1:9/") is None and policy.check("http://[fd00::5]/") is None
    assert policy.refusal_for("http://x/", (ipaddress.ip_address("::ffff:127.0.0.1"),)) is None
    refusal = policy.check("http://10.0.0.1/")
    assert (refusal.kind, str(refusal)) == ("private", "private address 10.0.0.1")


def test_every_address_of_a_host_must_pass():
    addresses = (ipaddress.ip_address("93.184.216.34"), ipaddress.ip_address("10.0.0.7"))
    refusal = Policy().refusal_for("http://mixed.example/", addresses)
    assert (refusal.kind, refusal.address, refusal.host) == ("private", "10.0.0.7", "mixed.example")
    assert Policy().refusal_for("http://public.example/", addresses[:1]) is None


def test_unresolvable_hosts_and_other_schemes_are_refused():
    assert str(Policy().refusal_for("http://nowhere.example/", ())) == "host nowhere.example does not resolve"
    assert Policy().check("file:///etc/passwd").kind == "not-http"
    assert Policy().check("gopher://127.0.0.1:70/").kind == "not-http"


def test_bad_networks_are_refused_naming_the_value():
    with pytest.raises(ValueError, match="'10.0.0.0/33'"):
        parse_networks(["10.0.0.0/8", "10.0.0.0/33"])


def test_settings_name_the_field_of_a_bad_network(tmp_path):
    path = tmp_path / "settings.yaml"
    path.write_text(yaml.safe_dump({"crawl": {"allow_private_networks": ["127.0.0.0/8", "intranet"]}}))
    with pytest.raises(ConfigError) as error:
        load_settings(path)
    assert "crawl.allow_private_networks" in str(error.value) and "'intranet'" in str(error.value)
    path.write_text(yaml.safe_dump({"crawl": {"allow_private_networks": ["127.0.0.0/8", "::1"]}}))
    assert load_settings(path).crawl.allow_private_networks == ("127.0.0.0/8", "::1")


def test_the_cloud_metadata_address_is_refused_before_any_connection():
    refusal = Policy().check("http://169.254.169.254/latest/meta-data/iam/security-credentials/")
    assert (refusal.kind, str(refusal)) == ("link-local", "link-local address 169.254.169.254")
