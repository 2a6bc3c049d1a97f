/* sme.sk article loader (saved copy) */
