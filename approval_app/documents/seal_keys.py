"""The seal's key material: PKCS#12 loading, the demo's self-signed certificate and drawn seal image."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import math
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID


class SealKeyError(Exception):
    def __init__(self, code: str, **params) -> None:  # noqa: ANN003
        super().__init__(code, params)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class SealKey:
    """A loaded signing key with its certificate (kept in memory for the session only)."""

    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()

    @property
    def fingerprint(self) -> str:
        return self.certificate.fingerprint(hashes.SHA256()).hex()

    @property
    def subject(self) -> str:
        return self.certificate.subject.rfc4514_string()

    def sign(self, data: bytes) -> bytes:
        """A raw signature (for the QR payload), verifiable with the certificate alone."""
        if isinstance(self.key, ec.EllipticCurvePrivateKey):
            return self.key.sign(data, ec.ECDSA(hashes.SHA256()))
        return self.key.sign(data, padding.PKCS1v15(), hashes.SHA256())


def certificate_der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def fingerprint_of(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


def verify_raw(cert_der: bytes, data: bytes, signature: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature

    public = x509.load_der_x509_certificate(cert_der).public_key()
    try:
        if isinstance(public, ec.EllipticCurvePublicKey):
            public.verify(signature, data, ec.ECDSA(hashes.SHA256()))
        else:
            public.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        return False
    return True


def load_pkcs12(data: bytes, password: str) -> SealKey:
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password.encode("utf-8"))
    except ValueError as exc:
        raise SealKeyError("seal_password_wrong") from exc
    if key is None or cert is None:
        raise SealKeyError("seal_p12_incomplete")
    if not isinstance(key, (ec.EllipticCurvePrivateKey, rsa.RSAPrivateKey)):
        raise SealKeyError("seal_key_unsupported")
    now = dt.datetime.now(dt.timezone.utc)
    if cert.not_valid_after_utc < now:
        raise SealKeyError("seal_certificate_expired", until=cert.not_valid_after_utc.date().isoformat())
    return SealKey(key, cert, tuple(extra or ()))


def demo_pkcs12(common_name: str, organisation: str, password: str, years: int = 5) -> bytes:
    """A self-signed ECDSA P-256 seal certificate for the demo (never for real use)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=5)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=365 * years))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    return pkcs12.serialize_key_and_certificates(
        b"seal", key, cert, None, serialization.BestAvailableEncryption(password.encode("utf-8")))


def draw_seal_png(name: str, font_file: Path, size: int = 600) -> bytes:
    """A round red official-seal image: the bureau's name on an arc around a star (demo seal).

    Drawn with Pillow on a transparent background, so printed over the date it hides nothing.
    """
    from PIL import Image, ImageDraw, ImageFont

    red = (214, 30, 30, 235)
    img = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    c = size / 2
    ring = size * 0.035
    draw.ellipse([ring, ring, size - ring, size - ring], outline=red, width=int(ring))
    star = []
    for i in range(10):
        r = c * (0.25 if i % 2 == 0 else 0.10)
        a = -math.pi / 2 + i * math.pi / 5
        star.append((c + r * math.cos(a), c * 1.02 + r * math.sin(a)))
    draw.polygon(star, fill=red)
    chars = list(name)
    span = math.radians(240)
    font_size = int(min(size * 0.14, size * 2.4 / max(len(chars), 1)))
    font = ImageFont.truetype(str(font_file), font_size, index=0)
    for i, ch in enumerate(chars):
        # angle measured clockwise from the top, left to right along the upper arc
        a = -span / 2 + span * (i + 0.5) / len(chars)
        tile = Image.new("RGBA", (font_size * 2, font_size * 2), (255, 255, 255, 0))
        ImageDraw.Draw(tile).text((font_size, font_size), ch, font=font, fill=red, anchor="mm")
        tile = tile.rotate(-math.degrees(a), resample=Image.BICUBIC)
        r = c * 0.70
        x, y = c + r * math.sin(a), c - r * math.cos(a)
        img.alpha_composite(tile, (int(x - font_size), int(y - font_size)))
    small = ImageFont.truetype(str(font_file), int(size * 0.075), index=0)
    draw.text((c, c * 1.45), "审批专用章", font=small, fill=red, anchor="mm")
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


_FONT_NAME = "WenQuanYiMicroHei"


def register_font(font_file: Path) -> str:
    """Register the bundled CJK TrueType font with reportlab once; returns its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if _FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_FONT_NAME, str(font_file), subfontIndex=0))
    return _FONT_NAME
