"""PAdES signatures with the seal certificate (pyHanko): signing with a key loaded once, and checking.

The signature field is invisible: the visible seal is drawn by reportlab (pyHanko's stamp font
garbles Chinese).
"""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from approval_app.documents.seal_keys import SealKey, certificate_der

log = logging.getLogger(__name__)
FIELD = "BureauSeal"
RESERVED = 16384  # bytes for the CMS container: ample for ECDSA/RSA-4096 with a short chain


class PdfSealer:
    """Signs PDFs with one loaded seal key; build once per session and reuse (parsing costs ~50 ms)."""

    def __init__(self, seal: SealKey, *, reason: str = "行政许可专用章", location: str = "") -> None:
        self.seal = seal
        key_der = seal.key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                         serialization.NoEncryption())
        cert = asn1_x509.Certificate.load(certificate_der(seal.certificate))
        chain = [asn1_x509.Certificate.load(certificate_der(c)) for c in seal.chain]
        self.signer = signers.SimpleSigner(signing_cert=cert, signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
                                           cert_registry=SimpleCertificateStore.from_certs([cert] + chain))
        self.meta = signers.PdfSignatureMetadata(field_name=FIELD, reason=reason, location=location or None,
                                                 subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256")
        self.pdf_signer = signers.PdfSigner(self.meta, signer=self.signer)

    def sign(self, pdf: bytes) -> bytes:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        # A fixed reservation: otherwise pyHanko signs twice, once only to measure the signature.
        out = self.pdf_signer.sign_pdf(writer, in_place=False, bytes_reserved=RESERVED)
        return out.getvalue()


@dataclass(frozen=True)
class SignatureReport:
    signed: bool
    intact: bool              # the signed bytes are unchanged
    valid: bool               # the cryptographic signature checks out
    trusted: bool             # signed by one of the bureau's seal certificates
    covers_whole_file: bool   # nothing was appended after signing
    signer_fingerprint: str | None
    signer_subject: str | None
    signing_time: str | None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.signed and self.intact and self.valid and self.trusted and self.covers_whole_file


def verify_pdf(pdf: bytes, seal_certificates: list[bytes]) -> SignatureReport:
    """Check the seal signature of a PDF against the bureau's seal certificates (DER)."""
    import hashlib

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        sigs = reader.embedded_signatures
    except Exception as exc:  # a damaged file cannot even be parsed
        return SignatureReport(False, False, False, False, False, None, None, None, f"unreadable: {exc}")
    if not sigs:
        return SignatureReport(False, False, False, False, False, None, None, None, "no signature")
    sig = sigs[-1]
    roots = [asn1_x509.Certificate.load(der) for der in seal_certificates]
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    try:
        status = validate_pdf_signature(sig, context)
    except Exception as exc:
        return SignatureReport(True, False, False, False, False, None, None, None, f"invalid: {exc}")
    cert = sig.signer_cert
    fingerprint = hashlib.sha256(cert.dump()).hexdigest() if cert is not None else None
    coverage = getattr(status, "coverage", None)
    whole = coverage is not None and coverage.name == "ENTIRE_FILE"
    signing_time = sig.self_reported_timestamp.isoformat() if sig.self_reported_timestamp else None
    # Which seal signed is a fact of the certificate; whether the bytes still match is `intact`.
    trusted = fingerprint in {hashlib.sha256(d).hexdigest() for d in seal_certificates}
    return SignatureReport(True, bool(status.intact), bool(status.valid), trusted, whole, fingerprint,
                           cert.subject.human_friendly if cert is not None else None, signing_time)
