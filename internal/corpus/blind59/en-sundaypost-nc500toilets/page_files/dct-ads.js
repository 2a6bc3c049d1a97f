window.dctAds=window.dctAds||[];
