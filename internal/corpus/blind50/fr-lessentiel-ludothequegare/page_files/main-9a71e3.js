self.__next_f=self.__next_f||[];
