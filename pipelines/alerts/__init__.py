"""Incidents and their alerts: reports folded into incidents, the outbox, rendering, delivery by mail and Apprise, digests."""
