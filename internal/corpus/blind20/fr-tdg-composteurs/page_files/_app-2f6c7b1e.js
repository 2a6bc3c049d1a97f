self.__NEXT_P=self.__NEXT_P||[];
