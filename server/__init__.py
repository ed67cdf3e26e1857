"""The vl2code language server (pygls): generation, visual-drift diagnostics, refine actions, previews.

Start it with ``vl2code serve``; the protocol it speaks is documented in docs/language-server.md.
"""
