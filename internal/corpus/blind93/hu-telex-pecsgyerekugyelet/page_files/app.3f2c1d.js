/* nuxt bundle (saved copy) */
